package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffAccounts;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.staff.web.AdminPage.AdminFrame;

/** {@code /admin/accounts}: add staff, reset a password, change the role, disable — the kioskctl users store. */
final class AccountRoutes {

    private final StaffAccounts accounts;
    private final AdminPage page;
    private final Clock clock;

    AccountRoutes(StaffAccounts accounts, AdminPage page, Clock clock) {
        this.accounts = accounts;
        this.page = page;
        this.clock = clock;
    }

    void register(RoutesConfig app) {
        app.get("/admin/accounts", ctx -> show(ctx, "", 200, ""));
        app.post("/admin/accounts", ctx -> change(ctx, AdminPage.field(ctx, "username").strip(),
                () -> accounts.add(AdminPage.field(ctx, "username").strip(), ctx.formParam("password"),
                        role(ctx.formParam("role")))));
        app.post("/admin/accounts/{username}/password", ctx -> change(ctx, "",
                () -> accounts.resetPassword(ctx.pathParam("username"), ctx.formParam("password"))));
        app.post("/admin/accounts/{username}", ctx -> change(ctx, "",
                () -> accounts.update(StaffServer.session(ctx).username(), ctx.pathParam("username"),
                        role(ctx.formParam("role")), ctx.formParam("disabled") != null)));
    }

    private void change(Context ctx, String typedName, Runnable action) {
        try {
            action.run();
            AdminPage.saved(ctx, "/admin/accounts");
        } catch (InvalidInput e) {
            show(ctx, page.message(e), 400, typedName);
        }
    }

    /** The accounts page; {@code typedName} keeps what was typed in the add form after an error. */
    record AccountsPage(AdminFrame a, List<AccountRow> accounts, String typedName, int minPassword) {
    }

    /** An account as its row shows it; {@code locked}: too many wrong passwords, for now. */
    record AccountRow(String username, StaffRole role, boolean disabled, boolean locked) {

        /** The name as one segment of a form's action URL. */
        String path() {
            return URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    private void show(Context ctx, String error, int status, String typedName) {
        Instant now = clock.instant();
        List<AccountRow> rows = accounts.all().stream().map(a -> new AccountRow(a.username(), a.role(),
                a.disabled(), a.lockedUntil().isAfter(now))).toList();
        page.show(ctx, status, "admin-accounts.jte", new AccountsPage(page.frame(ctx, error), rows, typedName,
                StaffLogin.MIN_PASSWORD_LENGTH));
    }

    private static StaffRole role(String code) {
        if (!"staff".equals(code) && !"admin".equals(code)) {
            throw new InvalidInput("web.admin.error.role", "role must be staff or admin");
        }
        return StaffRole.fromCode(code);
    }
}
