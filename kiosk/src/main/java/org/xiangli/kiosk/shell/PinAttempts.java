package org.xiangli.kiosk.shell;

import java.time.Duration;
import java.time.Instant;
import org.xiangli.kiosk.config.PinHash;

/** Checks technician PINs and locks the pad for a while after repeated wrong ones. */
public final class PinAttempts {

    public enum Result { ACCEPTED, WRONG, LOCKED }

    static final int MAX_WRONG = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final String pinHash;
    private int wrong;
    private Instant lockedUntil = Instant.MIN;

    public PinAttempts(String pinHash) {
        this.pinHash = pinHash;
    }

    public Result check(String pin, Instant now) {
        if (now.isBefore(lockedUntil)) {
            return Result.LOCKED;
        }
        if (PinHash.matches(pin, pinHash)) {
            wrong = 0;
            return Result.ACCEPTED;
        }
        wrong++;
        if (wrong >= MAX_WRONG) {
            wrong = 0;
            lockedUntil = now.plus(LOCKOUT);
            return Result.LOCKED;
        }
        return Result.WRONG;
    }
}
