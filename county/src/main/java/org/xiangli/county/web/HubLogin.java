package org.xiangli.county.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.xiangli.county.store.UserRepository;
import org.xiangli.kiosk.config.PinHash;

/**
 * Logins to the hub, as the staff console does them: PBKDF2 hashes, five wrong passwords lock the account for
 * fifteen minutes (an unknown name costs the same time as a wrong password), sessions are random tokens in an
 * HttpOnly cookie, each with its own CSRF token, ending after {@link #SESSION_IDLE} without use.
 */
public final class HubLogin {

    public static final int LOCK_AFTER = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);
    public static final Duration SESSION_IDLE = Duration.ofHours(8);
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final String DUMMY_HASH = PinHash.hash("xiangli-no-such-hub-user");
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Session(String token, String user, Role role, String csrf, Instant lastUsed) {
    }

    public sealed interface Outcome {
    }

    public record LoggedIn(Session session) implements Outcome {
    }

    public record Refused(boolean locked, Optional<Instant> until) implements Outcome {
    }

    private final UserRepository users;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public HubLogin(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public static String hash(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a hub password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return PinHash.hash(password);
    }

    public Outcome login(String name, String password) {
        Instant now = clock.instant();
        String pw = password == null ? "" : password;
        Optional<UserRepository.User> found = users.find(name == null ? "" : name);
        if (found.isEmpty()) {
            PinHash.matches(pw, DUMMY_HASH);
            return new Refused(false, Optional.empty());
        }
        UserRepository.User user = found.get();
        if (user.lockedUntil().filter(now::isBefore).isPresent()) {
            return new Refused(true, user.lockedUntil());
        }
        Optional<Role> role = Role.of(user.role());
        if (!PinHash.matches(pw, user.hash()) || role.isEmpty()) {
            int failures = user.failures() + 1;
            Optional<Instant> lock = failures >= LOCK_AFTER ? Optional.of(now.plus(LOCK_TIME)) : Optional.empty();
            users.failed(user.name(), lock.isPresent() ? 0 : failures, lock);
            return new Refused(lock.isPresent(), lock);
        }
        users.succeeded(user.name());
        Session session = new Session(token(), user.name(), role.get(), token(), now);
        sessions.put(session.token(), session);
        return new LoggedIn(session);
    }

    /** The live session of a cookie; using it keeps it alive. */
    public Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session s = sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (Duration.between(s.lastUsed(), now).compareTo(SESSION_IDLE) > 0) {
            sessions.remove(token);
            return Optional.empty();
        }
        Session used = new Session(s.token(), s.user(), s.role(), s.csrf(), now);
        sessions.put(token, used);
        return Optional.of(used);
    }

    public void logout(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
