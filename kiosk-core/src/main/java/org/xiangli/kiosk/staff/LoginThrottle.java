package org.xiangli.kiosk.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed logins per client address in a sliding {@link #WINDOW}: at most {@link #MAX_FAILURES}, whichever user names
 * they tried. The account lockout stops guessing one password; this stops one machine on the LAN from trying a few
 * passwords on every name, or from keeping the kiosk's CPU busy hashing. In memory: a restart forgets it, the
 * account lockouts (in the store) do not. Thread-safe; each attempt is counted before its password is checked.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** More addresses than a station LAN has; beyond it, old ones are dropped and, if none is old, new ones wait. */
    static final int MAX_ADDRESSES = 4096;

    private final Map<String, Deque<Instant>> attempts = new HashMap<>();

    /** Counts an attempt from {@code address}; false (nothing counted) when it has failed too often lately. */
    synchronized boolean tryAcquire(String address, Instant now) {
        Deque<Instant> recent = attempts.get(address);
        if (recent == null) {
            if (attempts.size() >= MAX_ADDRESSES) {
                attempts.values().removeIf(d -> prune(d, now).isEmpty());
                if (attempts.size() >= MAX_ADDRESSES) {
                    return false;
                }
            }
            recent = new ArrayDeque<>();
            attempts.put(address, recent);
        }
        if (prune(recent, now).size() >= MAX_FAILURES) {
            return false;
        }
        recent.addLast(now);
        return true;
    }

    /** The attempt counted at {@code at} was a right password: it does not count against the address. */
    synchronized void succeeded(String address, Instant at) {
        Deque<Instant> recent = attempts.get(address);
        if (recent != null) {
            recent.removeLastOccurrence(at);
            if (recent.isEmpty()) {
                attempts.remove(address);
            }
        }
    }

    private static Deque<Instant> prune(Deque<Instant> recent, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
            recent.removeFirst();
        }
        return recent;
    }
}
