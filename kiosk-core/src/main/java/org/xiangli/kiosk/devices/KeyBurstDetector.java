package org.xiangli.kiosk.devices;

import java.time.Duration;
import java.util.Objects;

/**
 * Tells a barcode scanner in HID keyboard mode from a person at a keyboard, by timing alone: a scanner "types"
 * its code as a burst of characters a few milliseconds apart and ends it with Enter; nobody types that fast for
 * long. Used where the scanner could not be grabbed through evdev and its keys reach the JavaFX scene.
 *
 * <p>Characters are held back while they could still be the start of a burst. A burst of at least
 * {@code minLength} characters, each at most {@code maxGap} after the one before, ended by Enter within
 * {@code maxGap}, becomes one scanned code and its keys are swallowed. Anything else is released, in order and
 * unchanged, as soon as it cannot be a burst any more: a pause longer than {@code maxGap}, or Enter after too few
 * characters. A person's typing is thus delayed by at most one {@code maxGap} and never lost. Time is whatever
 * monotonic nanosecond clock the caller passes (tests use synthetic timestamps). Not thread-safe: the UI thread
 * owns it.
 */
public final class KeyBurstDetector {

    /** How fast and how long a burst must be. */
    public record Settings(Duration maxGap, int minLength, int maxLength) {
        /** Scanners type 2-20 ms per character; the shortest code the kiosk reads (a bill) has 16 characters. */
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(30), 6, 512);

        public Settings {
            Objects.requireNonNull(maxGap, "maxGap");
            if (maxGap.isNegative() || maxGap.isZero() || minLength < 1 || maxLength < minLength) {
                throw new IllegalArgumentException("bad key burst settings: " + maxGap + ", " + minLength + "-"
                        + maxLength);
            }
        }
    }

    /**
     * What to do with the key event just fed in.
     *
     * @param consume swallow the event (it is held back, or it was part of a scan)
     * @param release characters held earlier that turned out to be typing: deliver them, in order, BEFORE this
     *     event (if it is not consumed)
     * @param scanned the code a completed burst carried, or null
     */
    public record Decision(boolean consume, String release, String scanned) {
        static final Decision PASS = new Decision(false, "", null);
        static final Decision HOLD = new Decision(true, "", null);
    }

    private final long maxGapNanos;
    private final int minLength;
    private final int maxLength;
    private final StringBuilder held = new StringBuilder();
    private long lastAt;

    public KeyBurstDetector(Settings settings) {
        this.maxGapNanos = settings.maxGap().toNanos();
        this.minLength = settings.minLength();
        this.maxLength = settings.maxLength();
    }

    /** A printable character was typed at {@code nanos}. */
    public Decision typed(char c, long nanos) {
        if (Character.isISOControl(c)) {
            // Backspace, tab, escape: a person's key; anything held is typing too.
            return new Decision(false, flush(), null);
        }
        String release = "";
        if (!held.isEmpty() && (nanos - lastAt > maxGapNanos || held.length() >= maxLength)) {
            release = flush();
        }
        held.append(c);
        lastAt = nanos;
        return release.isEmpty() ? Decision.HOLD : new Decision(true, release, null);
    }

    /** Enter was pressed at {@code nanos}. */
    public Decision enter(long nanos) {
        if (held.length() >= minLength && nanos - lastAt <= maxGapNanos) {
            String code = held.toString();
            held.setLength(0);
            return new Decision(true, "", code);
        }
        return new Decision(false, flush(), null);
    }

    /**
     * The clock ticked with no key since: returns what can no longer be a burst (deliver it now), or "" when
     * nothing is due. The caller ticks about {@code maxGap} after the last held character.
     */
    public String tick(long nanos) {
        if (!held.isEmpty() && nanos - lastAt > maxGapNanos) {
            return flush();
        }
        return "";
    }

    /** Something that is no part of a burst happened (an unusual key): returns all held characters, to deliver. */
    public String interrupt() {
        return flush();
    }

    /** Whether characters are held back (the caller keeps its timer running while so). */
    public boolean holding() {
        return !held.isEmpty();
    }

    /**
     * Whether a key event at {@code nanos} looks like part of a burst in progress (characters held, the last one
     * at most {@code maxGap} ago): the caller swallows such key presses and releases too, so a space inside a
     * scanned code does not press a focused button.
     */
    public boolean inBurst(long nanos) {
        return !held.isEmpty() && nanos - lastAt <= maxGapNanos;
    }

    public Duration maxGap() {
        return Duration.ofNanos(maxGapNanos);
    }

    private String flush() {
        String out = held.toString();
        held.setLength(0);
        return out;
    }
}
