package org.xiangli.kiosk;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.KioskFleetFacts;
import org.xiangli.kiosk.fleet.StateReport;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.ui.FxUi;

/**
 * What the county's commands do on this kiosk: called on the fleet's thread; what touches the screen goes to the
 * JavaFX thread through {@link FxUi} and is not waited for, except the screenshot's future.
 */
final class KioskFleetActions implements FleetActions {

    /** Half of a 1080p screen is enough to see what it shows, and small enough for a village link. */
    private static final int SCREENSHOT_WIDTH = 960;

    private final KioskApp app;
    private final FxUi ui;
    private final KioskShell shell;
    private final Scene scene;
    private final Runnable restart;

    KioskFleetActions(KioskApp app, FxUi ui, KioskShell shell, Scene scene, Runnable restart) {
        this.app = app;
        this.ui = ui;
        this.shell = shell;
        this.scene = scene;
        this.restart = restart;
    }

    @Override
    public void syncNow() {
        app.syncContentNow();
    }

    @Override
    public void showNotice(String text, Instant until) {
        ui.execute(() -> shell.showCountyNotice(text, until));
    }

    @Override
    public CompletableFuture<byte[]> screenshot() {
        CompletableFuture<byte[]> png = new CompletableFuture<>();
        ui.execute(() -> {
            try {
                png.complete(Snapshots.png(Snapshots.render(scene), SCREENSHOT_WIDTH));
            } catch (IOException | RuntimeException e) {
                png.completeExceptionally(e);
            }
        });
        return png;
    }

    @Override
    public Map<String, StateReport.DeviceReport> selftest() {
        Map<String, StateReport.DeviceReport> out = new LinkedHashMap<>();
        app.devices().statuses().forEach((role, status) -> out.put(role.replace(' ', '_'),
                KioskFleetFacts.report(status)));
        return out;
    }

    @Override
    public void restart() {
        restart.run();
    }
}
