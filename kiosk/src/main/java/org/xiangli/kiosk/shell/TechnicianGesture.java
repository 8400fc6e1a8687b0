package org.xiangli.kiosk.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden way out for technicians: five taps on the station name within three seconds opens the PIN pad.
 * A villager is unlikely to do that by chance, and it needs no dexterity a technician lacks.
 */
public final class TechnicianGesture {

    static final int TAPS = 5;
    static final Duration WINDOW = Duration.ofSeconds(3);

    private final Deque<Instant> taps = new ArrayDeque<>();

    /** Returns true when this tap completes the gesture. */
    public boolean tap(Instant at) {
        taps.addLast(at);
        while (!taps.isEmpty() && Duration.between(taps.peekFirst(), at).compareTo(WINDOW) > 0) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            return true;
        }
        return false;
    }
}
