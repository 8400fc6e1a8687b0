package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffAccount;
import org.xiangli.kiosk.staff.StaffAccounts;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.xiangli.kiosk.queue.InvalidInput;

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

    private void show(Context ctx, String error, int status, String typedName) {
        var m = page.pages().messages();
        String csrf = "<input type=\"hidden\" name=\"" + StaffServer.CSRF_FIELD + "\" value=\""
                + WebPages.escape(StaffServer.session(ctx).csrfToken()) + "\">";
        StringBuilder rows = new StringBuilder();
        for (StaffAccount a : accounts.all()) {
            String name = WebPages.escape(a.username());
            String locked = a.lockedUntil().isAfter(clock.instant()) ? " <span class=\"tag\">"
                    + WebPages.escape(m.get("web.admin.account.locked")) + "</span>" : "";
            rows.append("<tr id=\"account-").append(name).append("\"><td>").append(name).append(locked)
                    .append("</td><td><form class=\"actions\" method=\"post\" action=\"/admin/accounts/")
                    .append(name).append("\">").append(csrf).append("<select name=\"role\" aria-label=\"")
                    .append(WebPages.escape(m.get("web.admin.account.role"))).append("\">");
            for (StaffRole r : StaffRole.values()) {
                rows.append("<option value=\"").append(r.code()).append('"')
                        .append(r == a.role() ? " selected" : "").append('>')
                        .append(WebPages.escape(m.get("web.admin.role." + r.code()))).append("</option>");
            }
            rows.append("</select><label class=\"check\"><input type=\"checkbox\" name=\"disabled\"")
                    .append(AdminPage.checked(a.disabled())).append("> ")
                    .append(WebPages.escape(m.get("web.admin.disabled"))).append("</label><button type=\"submit\">")
                    .append(WebPages.escape(m.get("web.admin.save"))).append("</button></form></td><td>")
                    .append("<form class=\"actions\" method=\"post\" action=\"/admin/accounts/").append(name)
                    .append("/password\">").append(csrf)
                    .append("<input type=\"password\" name=\"password\" autocomplete=\"new-password\" aria-label=\"")
                    .append(WebPages.escape(m.get("web.admin.account.newPassword"))).append("\" placeholder=\"")
                    .append(WebPages.escape(m.get("web.admin.account.newPassword"))).append("\"><button type=\"submit\">")
                    .append(WebPages.escape(m.get("web.admin.account.resetPassword")))
                    .append("</button></form></td></tr>\n");
        }
        page.show(ctx, "admin-accounts", error, status, new HashMap<>(Map.of("rows", rows.toString(),
                "username", typedName, "minPassword", String.valueOf(StaffLogin.MIN_PASSWORD_LENGTH))));
    }

    private static StaffRole role(String code) {
        if (!"staff".equals(code) && !"admin".equals(code)) {
            throw new InvalidInput("web.admin.error.role", "role must be staff or admin");
        }
        return StaffRole.fromCode(code);
    }
}
