package org.xiangli.kiosk.ops.screens;

import org.xiangli.kiosk.ui.Theme;
import org.xiangli.kiosk.ops.SetupFlow;
import org.xiangli.kiosk.ops.ZeroTouchSetup;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.scanner.CodeScanner;
import org.xiangli.hal.scanner.ScannedCode;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.ui.CjkFonts;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.KioskWindow;
import org.xiangli.kiosk.i18n.Messages;

/**
 * "请扫描配置二维码": what a kiosk with no config shows. A keyboard-mode scanner types the code into the scene;
 * {@link SetupFlow} decides, this screen shows its state. {@code onConfigured} runs once the config is written.
 */
public final class SetupScreen {

    private static final System.Logger LOG = System.getLogger(SetupScreen.class.getName());
    /** Scanners in CDC mode ignore the baud rate; 9600 is what the self-test uses. */
    private static final int SERIAL_SCANNER_BAUD = 9600;

    private final SetupFlow flow;
    private final Messages messages;
    private final Runnable onConfigured;
    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox root;

    public SetupScreen(SetupFlow flow, Messages messages, Runnable onConfigured) {
        this.flow = flow;
        this.messages = messages;
        this.onConfigured = onConfigured;
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        detail.setWrapText(true);
        Label hint = new Label(messages.get("setup.hint"));
        hint.setWrapText(true);
        root = new VBox(title, hint, detail);
        root.getStyleClass().add("page");
        root.setAlignment(Pos.CENTER);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        show(flow.state());
    }

    /**
     * First boot: when {@code configFile} is missing and the image carries county keys, shows this screen full
     * screen and returns once a scanned code has written the config (the kiosk then starts normally with it).
     * Without county keys there is nothing to verify a code against, and the kiosk starts as before.
     */
    public static void awaitConfigIfMissing(FxUi ui, Path configFile, Path countyKeysFile)
            throws InterruptedException {
        if (Files.exists(configFile) || !Files.isRegularFile(countyKeysFile)) {
            return;
        }
        ZeroTouchSetup setup;
        try {
            setup = new ZeroTouchSetup(ZeroTouchSetup.readCountyKeys(countyKeysFile), configFile);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "zero-touch set-up unavailable: {0}", e.getMessage());
            return;
        }
        LOG.log(Level.INFO, "no config at {0}: waiting for a provisioning code", configFile);
        FxUi.startToolkit();
        CountDownLatch configured = new CountDownLatch(1);
        SetupScreen[] holder = new SetupScreen[1];
        Stage stage = ui.call(() -> {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            SetupScreen screen = new SetupScreen(new SetupFlow(setup), messages, configured::countDown);
            holder[0] = screen;
            screen.root().setStyle("-fx-font-family: \"" + CjkFonts.requireFamily() + "\";");
            screen.root().getStylesheets().add(Theme.stylesheet());
            Scene scene = new Scene(screen.root(), 1280, 800);
            Stage shown = KioskWindow.open(scene, messages.get("app.title"), true, configured::countDown);
            screen.root().requestFocus();
            return shown;
        });
        // A scanner in serial (USB CDC) mode types nothing into the scene: read it too, if it is plugged in.
        Path serialScanner = Path.of(ConfigLoader.defaults().devices().scannerPort());
        try (CodeScanner scanner = CodeScanner.forPort(serialScanner.toString(), SERIAL_SCANNER_BAUD,
                Backoff.DEFAULT)) {
            if (Files.exists(serialScanner)) {
                scanner.addListener(new DeviceListener<>() {
                    @Override
                    public void event(ScannedCode code) {
                        ui.execute(() -> holder[0].scanned(code.text()));
                    }
                });
                scanner.start();
            }
            configured.await();
        }
        ui.run(stage::close);
    }

    /** A whole code from a serial scanner. */
    void scanned(String code) {
        boolean wasConfigured = flow.state().configured();
        SetupFlow.State state = flow.scanned(code);
        show(state);
        if (state.configured() && !wasConfigured) {
            onConfigured.run();
        }
    }

    public Parent root() {
        return root;
    }

    private void keyTyped(KeyEvent e) {
        e.consume();
        boolean wasConfigured = flow.state().configured();
        SetupFlow.State state = flow.typed(e.getCharacter());
        show(state);
        if (state.configured() && !wasConfigured) {
            onConfigured.run();
        }
    }


    private void show(SetupFlow.State state) {
        title.setText(messages.get(state.messageKey()));
        detail.setText(state.detail());
    }
}
