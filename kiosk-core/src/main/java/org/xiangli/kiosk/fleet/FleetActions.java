package org.xiangli.kiosk.fleet;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the kiosk does for a command, given by its composition root. Called on the fleet's command thread, never the
 * UI thread; an action that needs the screen hands itself to the UI thread and returns at once (a future for the
 * screenshot).
 */
public interface FleetActions {

    /** Polls the content feed now (no feed configured: nothing to do, say so by throwing). */
    void syncNow();

    /** Shows {@code text} as an urgent banner until {@code until}. */
    void showNotice(String text, Instant until);

    /** A PNG of what the screen shows now. */
    CompletableFuture<byte[]> screenshot();

    /** Asks every device for its state now. */
    Map<String, StateReport.DeviceReport> selftest();

    /** Ends the kiosk process so that systemd starts it again; called after the reply has gone out. */
    void restart();

    /** Actions for a kiosk that can do none of them (tests of the connection alone). */
    static FleetActions none() {
        return new FleetActions() {
            @Override
            public void syncNow() {
                throw new UnsupportedOperationException("no content feed here");
            }

            @Override
            public void showNotice(String text, Instant until) {
                throw new UnsupportedOperationException("no screen here");
            }

            @Override
            public CompletableFuture<byte[]> screenshot() {
                return CompletableFuture.failedFuture(new UnsupportedOperationException("no screen here"));
            }

            @Override
            public Map<String, StateReport.DeviceReport> selftest() {
                return Map.of();
            }

            @Override
            public void restart() {
                throw new UnsupportedOperationException("cannot restart here");
            }
        };
    }
}
