package org.xiangli.kiosk.shell;

import java.time.Duration;

/**
 * When nobody touches the screen: below the home page, count down to "return home and wipe the session";
 * on the home page, wait for the attract loop. Pure logic fed by a timer, so tests drive it with no clock.
 */
public final class IdleCountdown {

    public enum Outcome { NOTHING, RETURN_HOME, START_ATTRACT }

    private final Duration defaultPageTimeout;
    private Duration pageTimeout;
    private final Duration attractAfter;
    private Duration idle = Duration.ZERO;
    private boolean onHome = true;
    private boolean attractStarted;

    public IdleCountdown(Duration pageTimeout, Duration attractAfter) {
        this.defaultPageTimeout = pageTimeout;
        this.pageTimeout = pageTimeout;
        this.attractAfter = attractAfter;
    }

    /** Any touch, key or card event. */
    public void touched() {
        idle = Duration.ZERO;
        attractStarted = false;
    }

    public void pageShown(boolean home) {
        pageShown(home, java.util.Optional.empty());
    }

    /** A page with its own (shorter) countdown, e.g. payments results: 60 s. */
    public void pageShown(boolean home, java.util.Optional<Duration> timeout) {
        pageTimeout = timeout.orElse(defaultPageTimeout);
        onHome = home;
        touched();
    }

    public Outcome advance(Duration elapsed) {
        idle = idle.plus(elapsed);
        if (!onHome && idle.compareTo(pageTimeout) >= 0) {
            return Outcome.RETURN_HOME;
        }
        if (onHome && !attractStarted && idle.compareTo(attractAfter) >= 0) {
            attractStarted = true;
            return Outcome.START_ATTRACT;
        }
        return Outcome.NOTHING;
    }

    /** How long this page waits for a touch before it returns home. */
    public Duration pageTimeout() {
        return pageTimeout;
    }

    /** Whole seconds left before the page returns home, rounded up (what the header shows). */
    public long secondsLeft() {
        long millis = pageTimeout.minus(idle).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }
}
