package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.LoginResult;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;
import org.xiangli.kiosk.staff.StaffSession;
import org.xiangli.kiosk.staff.StaffSessions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.queue.QueueService;

/** {@code /login} and {@code /logout}. The login form carries its own CSRF token (a cookie and a field). */
final class LoginRoutes {

    private static final System.Logger LOG = System.getLogger(LoginRoutes.class.getName());

    /** The window of an admin's session that chose none: the admin pages only, no console. */
    static final int NO_WINDOW = 0;

    private final StaffLogin login;
    private final StaffSessions sessions;
    private final WebPages pages;
    private final QueueService queue;
    private final String stationName;
    private final Optional<String> demoPassword;

    /** @param demoPassword the demo accounts' password, said on the form in demo mode only */
    LoginRoutes(StaffLogin login, StaffSessions sessions, WebPages pages, QueueService queue, String stationName,
                Optional<String> demoPassword) {
        this.demoPassword = demoPassword;
        this.login = login;
        this.sessions = sessions;
        this.pages = pages;
        this.queue = queue;
        this.stationName = stationName;
    }

    void register(RoutesConfig app) {
        app.get("/", ctx -> ctx.redirect("/console"));
        app.get("/login", ctx -> showForm(ctx, "", 200));
        app.post("/login", this::submit);
        app.post("/logout", ctx -> {
            sessions.close(ctx.cookie(StaffServer.SESSION_COOKIE));
            ctx.header("Set-Cookie", StaffServer.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                    + StaffServer.secureFlag(ctx));
            ctx.redirect("/login");
        });
    }

    private void submit(Context ctx) {
        if (!StaffServer.sameToken(ctx.formParam(StaffServer.CSRF_FIELD), ctx.cookie(StaffServer.LOGIN_COOKIE))) {
            LOG.log(Level.WARNING, "login refused: missing or wrong CSRF token");
            showForm(ctx, pages.messages().get("web.login.expired"), 403);
            return;
        }
        String username = ctx.formParam("username");
        // No window (NO_WINDOW): an admin setting up the station, which may have no windows yet; staff need one.
        String chosen = ctx.formParam("window");
        int window;
        try {
            window = chosen == null || chosen.isBlank() ? NO_WINDOW : Integer.parseInt(chosen);
        } catch (NumberFormatException e) {
            showForm(ctx, pages.messages().get("web.login.pickWindow"), 400);
            return;
        }
        if (window != NO_WINDOW && !queue.windows().contains(window)) {
            showForm(ctx, pages.messages().get("web.login.pickWindow"), 400);
            return;
        }
        LoginResult result = login.login(username, ctx.formParam("password"), ctx.ip());
        switch (result.outcome()) {
            case OK -> {
                if (window == NO_WINDOW && !result.account().orElseThrow().role().equals(StaffRole.ADMIN)) {
                    showForm(ctx, pages.messages().get("web.login.pickWindow"), 400);
                    return;
                }
                StaffSession session = sessions.open(result.account().orElseThrow(), window);
                LOG.log(Level.INFO, "staff {0} logged in at window {1}", session.username(), window);
                ctx.header("Set-Cookie", StaffServer.SESSION_COOKIE + "=" + session.token()
                        + "; Path=/; HttpOnly; SameSite=Strict" + StaffServer.secureFlag(ctx));
                ctx.redirect(window == NO_WINDOW ? "/admin" : "/console");
            }
            case DISABLED -> showForm(ctx, pages.messages().get("web.login.disabled"), 401);
            case REFUSED -> showForm(ctx, pages.messages().get("web.login.wrong"), 401);
            case THROTTLED -> showForm(ctx, pages.messages().get("web.login.throttled"), 429);
        }
    }

    /**
     * The login form: its own CSRF token (no session yet), the windows one can log in at, an error ("" = none) and,
     * in demo mode, the demo accounts (null otherwise).
     */
    record LoginPage(Frame f, String error, String loginToken, List<Integer> windows, String demoAccounts) {
    }

    private void showForm(Context ctx, String error, int status) {
        // Keep the browser's token if it has one: a second tab (or the favicon request) must not void the first form.
        String existing = ctx.cookie(StaffServer.LOGIN_COOKIE);
        String token = existing != null && existing.matches("[A-Za-z0-9_-]{43}") ? existing : sessions.randomToken();
        ctx.header("Set-Cookie", StaffServer.LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict"
                + StaffServer.secureFlag(ctx));
        pages.show(ctx, status, "login.jte", new LoginPage(pages.frame(stationName), error, token,
                List.copyOf(queue.windows()), demoPassword.map(p -> pages.messages().get("web.login.demo", p))
                        .orElse(null)));
    }
}
