package org.xiangli.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.xiangli.kiosk.ops.SystemdWatchdog;
import org.xiangli.kiosk.ops.ZeroTouchSetup;
import org.xiangli.kiosk.ops.screens.NotSetUpScreen;
import org.xiangli.kiosk.ops.screens.SetupScreen;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.ui.FxUi;

/** A device with no config yet: the set-up screen (or zero-touch's scan) until one is written, before the start. */
final class SetUpPhase {

    private SetUpPhase() {
    }

    /**
     * Waits for the config file to be written; empty once it is (the start goes on), else the exit code: not set
     * up (headless, or the screen gave up), or 0 when interrupted.
     */
    static OptionalInt awaitConfig(LaunchOptions options, FxUi ui, Path configFile) {
        Optional<java.util.concurrent.ScheduledExecutorService> waiting = options.headless() ? Optional.empty()
                : readyWhileWaitingForSetUp(ui);
        try {
            if (!options.headless() && Files.isRegularFile(ZeroTouchSetup.COUNTY_KEYS_FILE)) {
                // Zero-touch: "请扫描配置二维码" until a county-signed code writes the config.
                SetupScreen.awaitConfigIfMissing(ui, configFile, ZeroTouchSetup.COUNTY_KEYS_FILE);
            } else if (!options.headless()) {
                if (!NotSetUpScreen.awaitConfig(ui, configFile)) {
                    return OptionalInt.of(KioskMain.NOT_SET_UP);
                }
            } else {
                return OptionalInt.of(notSetUpHeadless(ui, configFile, options.screenshot()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(0);
        } finally {
            waiting.ifPresent(java.util.concurrent.ScheduledExecutorService::shutdownNow);
        }
        return OptionalInt.empty();
    }

    /**
     * Under systemd, a kiosk waiting to be set up is healthy: it says READY=1 and pings the watchdog while its UI
     * thread runs, as it does once started. Without this the unit's start timeout restarted it every few minutes
     * while the set-up screen waited for the technician. The timer is this phase's own: the composition root and
     * its workers do not exist yet.
     */
    private static Optional<java.util.concurrent.ScheduledExecutorService> readyWhileWaitingForSetUp(FxUi ui) {
        Optional<SystemdWatchdog> watchdog = SystemdWatchdog.fromEnvironment(System.getenv(), ui);
        if (watchdog.isEmpty()) {
            return Optional.empty();
        }
        FxUi.startToolkit(); // the watchdog's probes run on the UI thread
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("systemd-watchdog-setup")
                        .factory());
        watchdog.get().start(timer);
        return Optional.of(timer);
    }

    /** Headless and not set up: the instructions on stderr, the set-up screen as a screenshot if asked for. */
    private static int notSetUpHeadless(FxUi ui, Path configFile, Optional<Path> screenshot) {
        System.err.println("kiosk: " + NotSetUpScreen.instructions(configFile));
        if (screenshot.isPresent()) {
            FxUi.startToolkit();
            FirstFrame.writeScreenshot(ui.call(() -> Snapshots.render(NotSetUpScreen.scene(configFile))),
                    screenshot.get());
        }
        return KioskMain.NOT_SET_UP;
    }
}
