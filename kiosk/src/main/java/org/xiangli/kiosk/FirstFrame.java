package org.xiangli.kiosk;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import javafx.scene.Scene;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.devices.DeviceSet;
import org.xiangli.kiosk.devices.KeyBurstDetector;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.queue.screens.CallDisplayScreen;
import org.xiangli.kiosk.shell.CallScreenWindow;
import org.xiangli.kiosk.shell.KeyBurstFilter;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.KioskWindow;

/** The home page's first frame: on a window, or rendered headless (and written as a PNG when asked). */
final class FirstFrame {

    private static final System.Logger LOG = System.getLogger(FirstFrame.class.getName());

    private FirstFrame() {
    }

    /** The first frame, the window (or the headless snapshot), the shell's clock and the content updates. */
    static void show(LaunchOptions options, KioskConfig config, FxUi ui, KioskApp app, KioskShell shell,
                              Scene scene, String font, Runnable exit) {
        // A scanner in keyboard mode that evdev could not grab types into the scene: take its bursts as scans.
        KeyBurstFilter.install(scene, KeyBurstDetector.Settings.DEFAULT, shell.deviceEvents()::codeScanned);
        if (options.headless()) {
            // No window: the headless screen is 1000×1000 and cannot show a kiosk-sized stage (Snapshots).
            scene.getRoot().applyCss();
            StartTrace.mark("css");
            scene.getRoot().layout();
            StartTrace.mark("layout");
            var frame = Snapshots.render(scene);
            StartTrace.mark("first frame rendered");
            reportFirstFrame();
            if (options.screenshot().isPresent()) {
                writeScreenshot(frame, options.screenshot().get());
                StartTrace.mark("PNG written");
                StartTrace.markThreadTimes();
            }
        } else {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    reportFirstFrame();
                }
            });
            KioskWindow.open(scene, shell.messages().get("app.title"), config.display().fullscreen(), exit);
        }
        shell.start();
        if (config.display().callScreen()) {
            openCallScreen(app, ui, shell.messages(), config, font, options.headless());
        }
        // The size as text: as a number MessageFormat would write 1,920 (and build DecimalFormat's classes).
        LOG.log(Level.INFO, "kiosk started: station {0} ({1}), {2}x{3}, {4}, {5} devices", config.station().code(),
                config.station().name(), Integer.toString(config.display().width()),
                Integer.toString(config.display().height()),
                options.headless() ? "headless" : config.display().fullscreen() ? "full screen" : "windowed",
                DeviceSet.modeFor(config, options.demo()));
    }

    /** The call display full screen on the second HDMI screen (display.call_screen), if one is connected. */
    private static void openCallScreen(KioskApp app, FxUi ui, Messages messages, KioskConfig config, String font,
                                       boolean headless) {
        if (headless) {
            LOG.log(Level.INFO, "display.call_screen ignored: headless, no screens");
            return;
        }
        CallDisplayScreen view = new CallDisplayScreen(messages, config.station().name(), font);
        if (CallScreenWindow.openOnSecondScreen(view.root(), messages.get("web.title.display")).isPresent()) {
            app.callBoard().watch((state, call) -> ui.execute(() -> view.show(state)));
            app.watchPickupCalls(names -> ui.execute(() -> view.showPickupCalls(names)));
        }
    }

    /**
     * Prints the time from the process's start to the first frame of the home page (the startup benchmark reads
     * it). The process's start, from /proc, not the JVM's management beans: loading those cost ~10 ms on the first
     * frame's path (issue 18); the launcher script execs the JVM in the same process, so the time includes it.
     */
    private static void reportFirstFrame() {
        long millis = ProcessAge.millis().orElse(-1L);
        System.out.println("xiangli: first home frame " + millis + " ms after JVM start");
    }

    static void writeScreenshot(javafx.scene.image.WritableImage frame, Path file) {
        try {
            Snapshots.writePng(frame, file);
            LOG.log(Level.INFO, "screenshot written to {0}", file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the screenshot {0}: {1}", file, e.getMessage());
        }
    }
}
