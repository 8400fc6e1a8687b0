package org.xiangli.kiosk.staff;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import org.xiangli.kiosk.queue.InvalidInput;

/**
 * The admin page's account changes, in the same store {@code kioskctl users} writes. An admin cannot disable or
 * demote their own account, and the last enabled admin always stays, so the console can never lock itself out.
 * A disabled account, a changed role or a reset password ends that user's sessions at once.
 */
public final class StaffAccounts {

    private static final System.Logger LOG = System.getLogger(StaffAccounts.class.getName());

    private final StaffAccountRepository accounts;
    private final StaffSessions sessions;
    private final PasswordHashing passwords;
    private final Clock clock;

    public StaffAccounts(StaffAccountRepository accounts, StaffSessions sessions, PasswordHashing passwords,
                         Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwords = passwords;
        this.clock = clock;
    }

    public List<StaffAccount> all() {
        return accounts.all();
    }

    public void add(String username, String password, StaffRole role) {
        if (!StaffAccount.isValidUsername(username)) {
            throw new InvalidInput("web.admin.error.username", "invalid user name");
        }
        if (accounts.find(username).isPresent()) {
            throw new InvalidInput("web.admin.error.userTaken", "user " + username + " exists", username);
        }
        accounts.add(username, hash(password), role, clock.instant());
        LOG.log(Level.INFO, "staff account {0} added ({1})", username, role.code());
    }

    public void resetPassword(String username, String password) {
        existing(username);
        accounts.setPassword(username, hash(password));
        sessions.closeAll(username);
        LOG.log(Level.INFO, "staff account {0}: password reset by an admin", username);
    }

    /** Role and disabled flag together, as the page's row sends them. */
    public void update(String actor, String username, StaffRole role, boolean disabled) {
        StaffAccount account = existing(username);
        boolean demoted = account.role() == StaffRole.ADMIN && role != StaffRole.ADMIN;
        boolean losesAccess = demoted || (disabled && !account.disabled());
        if (username.equals(actor) && losesAccess) {
            throw new InvalidInput("web.admin.error.self", "an admin cannot demote or disable their own account");
        }
        if (account.role() == StaffRole.ADMIN && !account.disabled() && losesAccess && enabledAdmins() <= 1) {
            throw new InvalidInput("web.admin.error.lastAdmin", "the last enabled admin must stay");
        }
        accounts.setRole(username, role);
        accounts.setDisabled(username, disabled);
        if (role != account.role() || disabled) {
            sessions.closeAll(username);
        }
        LOG.log(Level.INFO, "staff account {0}: {1}{2}", username, role.code(), disabled ? ", disabled" : "");
    }

    private long enabledAdmins() {
        return accounts.all().stream().filter(a -> a.role() == StaffRole.ADMIN && !a.disabled()).count();
    }

    private StaffAccount existing(String username) {
        return accounts.find(username == null ? "" : username).map(StaffAccountRepository.Credentials::account)
                .orElseThrow(() -> new InvalidInput("web.admin.error.noUser", "no user " + username,
                        String.valueOf(username)));
    }

    private String hash(String password) {
        if (password == null || password.length() < StaffLogin.MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("web.admin.error.password", "password too short", StaffLogin.MIN_PASSWORD_LENGTH);
        }
        return StaffLogin.hash(password, passwords);
    }
}
