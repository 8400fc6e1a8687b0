package org.xiangli.kiosk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.xiangli.kiosk.config.PinHash;

/**
 * Checks staff passwords (PBKDF2, slow on purpose) and locks an account for {@link #LOCK_TIME} after
 * {@link #LOCK_AFTER} wrong passwords in a row, so a password cannot be guessed on the station LAN.
 */
public final class StaffLogin {

    public static final int LOCK_AFTER = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);
    public static final int MIN_PASSWORD_LENGTH = 8;

    // Compared against when the user does not exist, so an unknown name costs the same time as a wrong password.
    private static final String DUMMY_HASH = PinHash.hash("xiangli-no-such-user");

    private final StaffAccountRepository accounts;
    private final Clock clock;

    public StaffLogin(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public LoginResult login(String username, String password) {
        Instant now = clock.instant();
        Optional<StaffAccountRepository.Credentials> found = accounts.find(username == null ? "" : username);
        if (found.isEmpty()) {
            PinHash.matches(password == null ? "" : password, DUMMY_HASH);
            return LoginResult.failed(LoginResult.Outcome.WRONG_PASSWORD);
        }
        StaffAccount account = found.get().account();
        if (account.lockedUntil().isAfter(now)) {
            return LoginResult.locked(account.lockedUntil());
        }
        if (!PinHash.matches(password == null ? "" : password, found.get().passwordHash())) {
            accounts.recordFailure(account.username(), LOCK_AFTER, now.plus(LOCK_TIME));
            if (account.failedLogins() + 1 >= LOCK_AFTER) {
                return LoginResult.locked(now.plus(LOCK_TIME));
            }
            return LoginResult.failed(LoginResult.Outcome.WRONG_PASSWORD);
        }
        if (account.disabled()) {
            return LoginResult.failed(LoginResult.Outcome.DISABLED);
        }
        accounts.recordSuccess(account.username());
        return LoginResult.ok(account);
    }

    /** Hashes a new password for storage; kioskctl and the admin page use this. */
    public static String hash(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a staff password needs at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        return PinHash.hash(password);
    }
}
