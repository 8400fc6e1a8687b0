package org.xiangli.kiosk.staff;

import org.xiangli.kiosk.config.PinHash;

/**
 * PBKDF2-HMAC-SHA256 with {@code iterations} rounds, stored as {@link PinHash} writes it (so the stored form names
 * its own cost and old hashes keep working). {@link #STANDARD} is OWASP's current figure for PBKDF2-HMAC-SHA256,
 * 600,000 — about 0.2 s on a laptop and 1 s on a Raspberry Pi 4 per login, once.
 * <p>Why not a memory-hard hash (Argon2id): the JDK has none, and Bouncy Castle's (bcprov, about 8 MB) would be a
 * new dependency on every kiosk for this one use. Guessing online is stopped by the lockout and the per-address
 * throttle, which count each try before it is hashed; guessing offline needs {@code kiosk.db}, which only root and
 * the kiosk user can read. Moving later is one new implementation: stored hashes name their scheme, and
 * {@link #isCurrent} makes the next login rehash.
 */
public record Pbkdf2Passwords(int iterations) implements PasswordHashing {

    public static final int OWASP_ITERATIONS = 600_000;
    public static final Pbkdf2Passwords STANDARD = new Pbkdf2Passwords(OWASP_ITERATIONS);

    @Override
    public String hash(String password) {
        return PinHash.hash(password, iterations);
    }

    @Override
    public boolean matches(String password, String stored) {
        return PinHash.matches(password, stored);
    }

    @Override
    public boolean isCurrent(String stored) {
        return PinHash.iterations(stored) >= iterations;
    }
}
