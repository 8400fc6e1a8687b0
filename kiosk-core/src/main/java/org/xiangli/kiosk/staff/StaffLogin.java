package org.xiangli.kiosk.staff;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks staff passwords (slow on purpose, see {@link Pbkdf2Passwords}) and locks an account for {@link #LOCK_TIME}
 * after {@link #LOCK_AFTER} wrong passwords, so a password cannot be guessed on the station LAN.
 * <p>Every attempt is counted before its password is hashed — per client address ({@link LoginThrottle}) and per
 * account ({@link StaffAccountRepository#reserveAttempt}, one SQL statement) — so attempts sent together cannot all
 * pass the lock check while the slow hash runs. Unknown users, wrong passwords and locked accounts get one answer
 * for the same work (one hash each), so the form tells nobody which names exist.
 */
public final class StaffLogin {

    public static final int LOCK_AFTER = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final System.Logger LOG = System.getLogger(StaffLogin.class.getName());

    private final StaffAccountRepository accounts;
    private final PasswordHashing passwords;
    private final Clock clock;
    private final LoginThrottle throttle = new LoginThrottle();
    // Checked against when the user is unknown or locked, so those cost the same time as a wrong password.
    private final String dummyHash;

    public StaffLogin(StaffAccountRepository accounts, PasswordHashing passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.dummyHash = passwords.hash("xiangli-no-such-user");
    }

    /** {@code client}: the address the attempt came from (the throttle's key). */
    public LoginResult login(String username, String password, String client) {
        Instant now = clock.instant();
        String typed = password == null ? "" : password;
        if (!throttle.tryAcquire(client, now)) {
            LOG.log(Level.WARNING, "staff login from {0} refused: more than {1} failed logins in {2} min", client,
                    LoginThrottle.MAX_FAILURES, LoginThrottle.WINDOW.toMinutes());
            return LoginResult.failed(LoginResult.Outcome.THROTTLED);
        }
        Optional<StaffAccountRepository.Credentials> found = accounts.find(username == null ? "" : username);
        if (found.isEmpty()) {
            passwords.matches(typed, dummyHash);
            return LoginResult.failed(LoginResult.Outcome.REFUSED);
        }
        StaffAccount account = found.get().account();
        if (!accounts.reserveAttempt(account.username(), LOCK_AFTER, now.plus(LOCK_TIME), now)) {
            passwords.matches(typed, dummyHash);
            LOG.log(Level.INFO, "staff login {0} from {1} refused: the account is locked", account.username(), client);
            return LoginResult.failed(LoginResult.Outcome.REFUSED);
        }
        String stored = found.get().passwordHash();
        if (!passwords.matches(typed, stored)) {
            if (account.failedLogins() + 1 >= LOCK_AFTER) {
                LOG.log(Level.WARNING, "staff account {0} locked for {1} min after {2} wrong passwords (last from {3})",
                        account.username(), LOCK_TIME.toMinutes(), LOCK_AFTER, client);
            }
            return LoginResult.failed(LoginResult.Outcome.REFUSED);
        }
        accounts.recordSuccess(account.username());
        throttle.succeeded(client, now);
        if (account.disabled()) {
            return LoginResult.failed(LoginResult.Outcome.DISABLED);
        }
        if (!passwords.isCurrent(stored)) {
            accounts.rehash(account.username(), stored, passwords.hash(typed));
            LOG.log(Level.INFO, "staff account {0}: password hash upgraded", account.username());
        }
        return LoginResult.ok(account);
    }

    /** Hashes a new password for storage with {@code passwords}; kioskctl and the admin page use this. */
    public static String hash(String password, PasswordHashing passwords) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a staff password needs at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        return passwords.hash(password);
    }

    /** As {@link #hash(String, PasswordHashing)} at today's standard cost. */
    public static String hash(String password) {
        return hash(password, Pbkdf2Passwords.STANDARD);
    }
}
