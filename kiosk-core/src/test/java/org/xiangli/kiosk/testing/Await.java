package org.xiangli.kiosk.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The last resort for a condition that no future, latch or listener announces (a driver's status reached on its
 * own thread through reconnects and backoff): looks again every few milliseconds until it holds, and fails with
 * what was awaited. Prefer awaiting the event itself ({@code nextCard}, {@code Workers.awaitIdle}, a latch).
 */
public final class Await {

    /** Often enough to add little to a test's time; rarely enough not to steal a core from the code under test. */
    private static final long LOOK_EVERY_NANOS = 5_000_000;

    private Await() {
    }

    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within " + limit + ": " + what);
            }
            LockSupport.parkNanos(LOOK_EVERY_NANOS);
        }
    }
}
