package org.xiangli.kiosk.staff;

import java.lang.System.Logger.Level;
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
 * <p>Each request re-reads the account from the store: a session ends as soon as its account is gone, disabled,
 * has another role or another password ({@link StaffAccount#sessionEpoch}) — also when {@code kioskctl users}, a
 * separate process, made the change.
 */
public final class StaffSessions {

    public static final Duration IDLE = Duration.ofHours(10);

    private static final System.Logger LOG = System.getLogger(StaffSessions.class.getName());

    private final SecureRandom random = new SecureRandom();
    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final StaffAccountRepository accounts;
    private final Clock clock;

    public StaffSessions(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public StaffSession open(StaffAccount account, int window) {
        StaffSession session = new StaffSession(randomToken(), account.username(), account.role(), window,
                randomToken(), clock.instant().plus(IDLE), account.sessionEpoch());
        sessions.put(session.token(), session);
        return session;
    }

    /** The live session for a cookie value, its idle time renewed; empty once its account changed. */
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
        Optional<String> changed = accountChange(s);
        if (changed.isPresent()) {
            sessions.remove(token);
            LOG.log(Level.INFO, "staff session of {0} ended: {1}", s.username(), changed.get());
            return Optional.empty();
        }
        StaffSession renewed = new StaffSession(s.token(), s.username(), s.role(), s.window(), s.csrfToken(),
                clock.instant().plus(IDLE), s.accountEpoch());
        sessions.put(token, renewed);
        return Optional.of(renewed);
    }

    /** Why the session's account no longer stands behind it, if it does not. */
    private Optional<String> accountChange(StaffSession s) {
        Optional<StaffAccount> now = accounts.find(s.username()).map(StaffAccountRepository.Credentials::account);
        if (now.isEmpty()) {
            return Optional.of("the account is gone");
        }
        StaffAccount a = now.get();
        if (a.disabled()) {
            return Optional.of("the account was disabled");
        }
        if (a.role() != s.role()) {
            return Optional.of("the role changed to " + a.role().code());
        }
        if (a.sessionEpoch() != s.accountEpoch()) {
            return Optional.of("the password was reset or the account changed");
        }
        return Optional.empty();
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Logs {@code username} out everywhere at once (the next request would find the account changed anyway). */
    public void closeAll(String username) {
        sessions.values().removeIf(s -> s.username().equals(username));
    }

    public String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
