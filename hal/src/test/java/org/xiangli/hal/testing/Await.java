package org.xiangli.hal.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition the system under test reaches on its own threads; fails with a description if it doesn't. */
public final class Await {

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(10), condition);
    }

    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within " + limit + ": " + what);
            }
            Thread.onSpinWait();
            LockSupport.parkNanos(2_000_000);
        }
    }

    public static <T> void untilEquals(T expected, Supplier<T> actual) {
        until("expected " + expected + " (last seen " + actual.get() + ")", () -> expected.equals(actual.get()));
    }
}
