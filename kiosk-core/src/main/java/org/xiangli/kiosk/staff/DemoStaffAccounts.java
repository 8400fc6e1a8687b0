package org.xiangli.kiosk.staff;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * The demo's staff accounts: {@code admin} (admin) and {@code staff} (staff), both with the password
 * {@value #PASSWORD}, which the demo's login page shows. They exist with {@code --demo} only: a kiosk started
 * without it removes them (they are marked in the store, so a real account of the same name is never touched).
 */
public final class DemoStaffAccounts {

    public static final String PASSWORD = "xiangli-demo";
    public static final List<String> USERNAMES = List.of("admin", "staff");
    /**
     * The password is printed on the login page, so stretching its hash protects nothing; a cheap hash keeps the
     * demo's start quick (a login rehashes it to the standard cost, as it does any weaker hash).
     */
    private static final PasswordHashing CHEAP = new Pbkdf2Passwords(1_000);
    private static final System.Logger LOG = System.getLogger(DemoStaffAccounts.class.getName());

    private DemoStaffAccounts() {
    }

    /** With {@code demo}, makes the demo accounts that are missing; without, removes every demo account. */
    public static void apply(StaffAccountRepository accounts, boolean demo, Clock clock) {
        if (!demo) {
            int removed = accounts.removeDemoAccounts();
            if (removed > 0) {
                LOG.log(Level.WARNING, "removed {0} demo staff account(s): they exist with --demo only", removed);
            }
            return;
        }
        accounts.addDemo("admin", StaffLogin.hash(PASSWORD, CHEAP), StaffRole.ADMIN, clock.instant());
        accounts.addDemo("staff", StaffLogin.hash(PASSWORD, CHEAP), StaffRole.STAFF, clock.instant());
    }
}
