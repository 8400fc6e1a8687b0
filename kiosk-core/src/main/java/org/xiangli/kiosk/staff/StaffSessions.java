package org.xiangli.kiosk.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory: a restart logs everyone out, which is what a power cut should do anyway. Tokens are
 * 256 random bits; a session ends after {@link #IDLE} without a request.
 */
public final class StaffSessions {

    public static final Duration IDLE = Duration.ofHours(10);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public StaffSessions(Clock clock) {
        this.clock = clock;
    }

    public StaffSession open(StaffAccount account, int window) {
        StaffSession session = new StaffSession(randomToken(), account.username(), account.role(), window,
                randomToken(), clock.instant().plus(IDLE));
        sessions.put(session.token(), session);
        return session;
    }

    /** The live session for a cookie value, its idle time renewed. */
    public Optional<StaffSession> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        StaffSession s = sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(s.expires())) {
            sessions.remove(token);
            return Optional.empty();
        }
        StaffSession renewed = new StaffSession(s.token(), s.username(), s.role(), s.window(), s.csrfToken(),
                clock.instant().plus(IDLE));
        sessions.put(token, renewed);
        return Optional.of(renewed);
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Logs {@code username} out everywhere: after an admin disabled the account or changed its role. */
    public void closeAll(String username) {
        sessions.values().removeIf(s -> s.username().equals(username));
    }

    public String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
