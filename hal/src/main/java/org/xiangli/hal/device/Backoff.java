package org.xiangli.hal.device;

import java.time.Duration;

/**
 * Delays between reconnect attempts: doubling from {@code initial} up to {@code max}, so an unplugged device
 * is found again within seconds of replugging without flooding the log or the CPU meanwhile.
 */
public record Backoff(Duration initial, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + ", " + max);
        }
    }

    /** The delay before attempt {@code attempt} (0 = first retry). */
    public Duration delay(int attempt) {
        int shift = Math.min(Math.max(attempt, 0), 20);
        Duration next = initial.multipliedBy(1L << shift);
        return next.compareTo(max) > 0 ? max : next;
    }
}
