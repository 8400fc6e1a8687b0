package org.xiangli.kiosk.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.xiangli.kiosk.payments.store.KeyedHash;

/**
 * Counts wrong second factors per ID number (by keyed hash, so no number is kept) and locks a number after too
 * many: anyone can type someone else's number, and four digits are guessed in 10,000 tries otherwise.
 */
public final class FactorLockout {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final int attempts;
    private final Duration lockout;
    private final Map<KeyedHash.Digest, Failures> failures = new HashMap<>();

    public FactorLockout(int attempts, Duration lockout) {
        this.attempts = attempts;
        this.lockout = lockout;
    }

    /** When {@code who} is locked at {@code now}, until when. */
    public synchronized Optional<Instant> lockedUntil(KeyedHash.Digest who, Instant now) {
        Failures f = failures.get(who);
        if (f == null || f.lockedUntil() == null) {
            return Optional.empty();
        }
        if (!now.isBefore(f.lockedUntil())) {
            failures.remove(who);
            return Optional.empty();
        }
        return Optional.of(f.lockedUntil());
    }

    /** Records a failure; returns the attempts left (0 = now locked). */
    public synchronized int failed(KeyedHash.Digest who, Instant now) {
        Failures f = failures.getOrDefault(who, new Failures(0, null));
        int count = f.count() + 1;
        if (count >= attempts) {
            failures.put(who, new Failures(count, now.plus(lockout)));
            return 0;
        }
        failures.put(who, new Failures(count, null));
        return attempts - count;
    }

    public synchronized void succeeded(KeyedHash.Digest who) {
        failures.remove(who);
    }
}
