package org.xiangli.kiosk.fleet;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: doubling from {@code first} up to {@code max}, each drawn at random between half and all of
 * that step ("equal jitter"). When a county's broker comes back after an outage, 400 kiosks do not all knock at the
 * same second, yet none waits longer than {@code max}. Not thread-safe: one connection loop owns one.
 */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private final RandomGenerator random;
    private Duration step;

    public Backoff(Duration first, Duration max, RandomGenerator random) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max: " + first + ", " + max);
        }
        this.first = first;
        this.max = max;
        this.random = random;
        this.step = first;
    }

    /** The delay before the next attempt; each call after a failure doubles the step, up to {@code max}. */
    public Duration next() {
        long stepMillis = step.toMillis();
        long half = stepMillis / 2;
        long delay = half + random.nextLong(stepMillis - half + 1);
        step = step.multipliedBy(2).compareTo(max) > 0 ? max : step.multipliedBy(2);
        return Duration.ofMillis(delay);
    }

    /** After a successful connection: the next failure starts from {@code first} again. */
    public void reset() {
        step = first;
    }
}
