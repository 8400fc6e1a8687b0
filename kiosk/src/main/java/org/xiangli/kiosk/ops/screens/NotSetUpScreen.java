package org.xiangli.kiosk.ops.screens;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.CjkFonts;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.KioskWindow;
import org.xiangli.kiosk.ui.Theme;

/**
 * "本机尚未配置": what a device with no config and no county key shows (outside {@code --demo}), instead of starting
 * as the fictional demo station: the two ways to set it up, in the technician's words. Once {@code kioskctl init}
 * has written the config, the kiosk goes on starting with it.
 */
public final class NotSetUpScreen {

    private static final System.Logger LOG = System.getLogger(NotSetUpScreen.class.getName());
    /** How often the config file is looked for: a technician runs kioskctl init over SSH while the screen shows. */
    private static final long POLL_SECONDS = 3;

    private final VBox root;

    public NotSetUpScreen(Messages messages, Path configFile) {
        Label title = new Label(messages.get("setup.notSetUp.title"));
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        Label qr = new Label(messages.get("setup.notSetUp.qr"));
        Label technician = new Label(messages.get("setup.notSetUp.technician", configFile.toString()));
        for (Label l : new Label[] {qr, technician}) {
            l.setWrapText(true);
            // Read from a step away while the technician works at the device.
            l.setStyle("-fx-font-size: 30px;");
        }
        root = new VBox(32, title, qr, technician);
        root.getStyleClass().add("page");
        root.setAlignment(Pos.CENTER_LEFT);
    }

    public Parent root() {
        return root;
    }

    /** The screen in a scene of its own, styled as the kiosk (font, theme). */
    public static Scene scene(Path configFile) {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        NotSetUpScreen screen = new NotSetUpScreen(messages, configFile);
        screen.root().setStyle("-fx-font-family: \"" + CjkFonts.requireFamily() + "\";");
        screen.root().getStylesheets().add(Theme.stylesheet());
        return new Scene(screen.root(), 1280, 800);
    }

    /** The one line the journal (and a headless start) gets: what to do. */
    public static String instructions(Path configFile) {
        return "not set up: no config at " + configFile + ". Set it up with 'sudo kioskctl init --station-code CODE "
                + "--station-name NAME ...' (docs/operations.md), or install the county's key "
                + "('sudo kioskctl install --county-key county.pub'), restart, and scan the provisioning QR";
    }

    /** Shows the screen full screen until {@code configFile} exists (true) or the window is closed (false). */
    public static boolean awaitConfig(FxUi ui, Path configFile) throws InterruptedException {
        LOG.log(Level.WARNING, instructions(configFile));
        FxUi.startToolkit();
        CountDownLatch closed = new CountDownLatch(1);
        Stage stage = ui.call(() -> KioskWindow.open(scene(configFile),
                new Messages(Locale.SIMPLIFIED_CHINESE).get("app.title"), true, closed::countDown));
        while (!Files.isRegularFile(configFile) && !closed.await(POLL_SECONDS, TimeUnit.SECONDS)) {
            // waiting for kioskctl init
        }
        ui.run(stage::close);
        boolean found = Files.isRegularFile(configFile);
        if (found) {
            LOG.log(Level.INFO, "config {0} found: starting", configFile);
        }
        return found;
    }
}
