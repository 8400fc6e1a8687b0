package org.xiangli.county.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xiangli.county.ingest.HubCommands;
import org.xiangli.county.store.AlertRepository;
import org.xiangli.county.store.ReportRepository;
import org.xiangli.county.store.StationRepository;
import org.xiangli.county.store.UserRepository;
import org.xiangli.kiosk.fleet.FleetJson;
import org.xiangli.kiosk.fleet.FleetTopics;

/**
 * The county's dashboard for its technicians (Chinese): every station with its state, alerts, a page per station
 * with history, events, screenshots and remote commands; a JSON API for scripts and the benchmark. Every page but
 * the login needs a session; every change needs the session's CSRF token; commands need a technician (restart and
 * config-set a county admin), users an admin.
 */
public final class HubServer implements AutoCloseable {

    static final String SESSION_COOKIE = "XL_HUB";
    static final String LOGIN_COOKIE = "XL_HUB_LOGIN";
    static final String CSRF_FIELD = "_csrf";
    private static final Set<String> PUBLIC = Set.of("/login", "/hub.css", "/favicon.ico");
    private static final System.Logger LOG = System.getLogger(HubServer.class.getName());
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'");

    /** Everything the pages read and do. */
    public record Parts(StationRepository stations, ReportRepository reports, AlertRepository alerts,
                        UserRepository users, HubLogin login, Optional<HubCommands> commands, Views views,
                        Duration offlineAfter, Clock clock, Optional<EditorRoutes.Parts> publishing) {
    }

    private final Parts parts;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final byte[] css;
    private final Javalin app;

    public HubServer(Parts parts) {
        this.parts = parts;
        this.css = resource("hub.css");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            EditorRoutes.configure(config);
            var routes = config.routes;
            routes.before(this::guard);
            routes.get("/favicon.ico", ctx -> ctx.status(204));
            routes.get("/hub.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
            routes.get("/login", this::loginPage);
            routes.post("/login", this::login);
            routes.post("/logout", this::logout);
            routes.get("/", this::dashboard);
            routes.get("/station/{code}", this::station);
            routes.get("/station/{code}/screenshot/{file}", this::screenshot);
            routes.post("/station/{code}/command", this::command);
            routes.get("/alerts", this::alerts);
            routes.get("/users", this::users);
            routes.post("/users", this::addUser);
            routes.get("/api/stations", this::apiStations);
            routes.get("/api/stations/{code}", this::apiStation);
            parts.publishing().ifPresent(p -> new EditorRoutes(this, p).routes(routes));
            routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400)
                    .contentType("text/plain; charset=utf-8").result("请求无效 / bad request: " + e.getMessage()));
        });
    }

    private static byte[] resource(String name) {
        try (InputStream in = HubServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HubServer start(String host, int port) {
        app.start(host, port);
        LOG.log(Level.INFO, "county hub dashboard on http://{0}:{1}/", host, String.valueOf(app.port()));
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---- guard, login ----

    private void guard(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        String path = ctx.path();
        if (PUBLIC.contains(path) || path.startsWith(EditorRoutes.FEED_PREFIX)) {
            return;
        }
        Optional<HubLogin.Session> session = parts.login().find(ctx.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            if (path.startsWith("/api/")) {
                ctx.status(401).contentType("application/json").result("{\"error\":\"LOGIN_REQUIRED\"}");
            } else {
                ctx.redirect("/login");
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")
                && !same(ctx.formParam(CSRF_FIELD), session.get().csrf())) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("CSRF 校验失败 / CSRF token missing");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.attribute("session", session.get());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    static HubLogin.Session session(Context ctx) {
        HubLogin.Session s = ctx.attribute("session");
        if (s == null) {
            throw new IllegalStateException("no session on " + ctx.path());
        }
        return s;
    }

    Pages.Chrome chrome(Context ctx) {
        HubLogin.Session s = session(ctx);
        return new Pages.Chrome(s.user(), s.role().chinese(), s.csrf(), s.role() == Role.ADMIN);
    }

    void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    private void loginPage(Context ctx) {
        String token = loginToken(ctx);
        render(ctx, "login.jte", new Pages.Login(null, token));
    }

    /** The login form's CSRF token lives in its own cookie (there is no session yet). */
    private String loginToken(Context ctx) {
        String existing = ctx.cookie(LOGIN_COOKIE);
        String token = existing != null && existing.length() == 43 ? existing : HubLogin.token();
        ctx.header("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict");
        return token;
    }

    private void login(Context ctx) {
        if (!same(ctx.formParam(CSRF_FIELD), ctx.cookie(LOGIN_COOKIE))) {
            ctx.status(403);
            render(ctx, "login.jte", new Pages.Login("页面已过期，请重新登录。", loginToken(ctx)));
            return;
        }
        HubLogin.Outcome outcome = parts.login().login(ctx.formParam("username"), ctx.formParam("password"));
        switch (outcome) {
            case HubLogin.LoggedIn in -> {
                LOG.log(Level.INFO, "hub: {0} logged in", in.session().user());
                ctx.header("Set-Cookie", SESSION_COOKIE + "=" + in.session().token()
                        + "; Path=/; HttpOnly; SameSite=Strict");
                ctx.redirect("/");
            }
            case HubLogin.Refused r -> {
                LOG.log(Level.WARNING, "hub: login refused for {0}{1}", ctx.formParam("username"),
                        r.locked() ? " (locked)" : "");
                ctx.status(401);
                String error = r.locked() ? "登录失败次数过多，账户已锁定至 " + r.until().map(parts.views()::time)
                        .orElse("稍后") + "。" : "用户名或密码错误。";
                render(ctx, "login.jte", new Pages.Login(error, loginToken(ctx)));
            }
        }
    }

    private void logout(Context ctx) {
        parts.login().logout(ctx.cookie(SESSION_COOKIE));
        ctx.header("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.redirect("/login");
    }

    // ---- pages ----

    private void dashboard(Context ctx) {
        Instant now = parts.clock().instant();
        List<AlertRepository.Alert> open = parts.alerts().open();
        List<Views.StationView> stations = parts.stations().all().stream()
                .map(s -> parts.views().station(s, open, now)).toList();
        int online = (int) stations.stream().filter(Views.StationView::online).count();
        int faulty = (int) stations.stream().filter(s -> s.online() && s.hasFaults()).count();
        render(ctx, "dashboard.jte", new Pages.Dashboard(chrome(ctx), stations.size(), online,
                stations.size() - online, faulty, stations, open.stream().map(this::alertLine).toList(),
                Math.toIntExact(parts.offlineAfter().toMinutes())));
    }

    private Pages.AlertLine alertLine(AlertRepository.Alert a) {
        return new Pages.AlertLine(a.id(), a.station(), Views.alertText(a.kind()), parts.views().time(a.opened()),
                parts.views().time(a.closed()), a.detail());
    }

    private StationRepository.Station requireStation(Context ctx) {
        String code = ctx.pathParam("code");
        if (!FleetTopics.isId(code)) {
            throw new IllegalArgumentException("not a station code: " + code);
        }
        return parts.stations().find(code).orElseThrow(() -> new IllegalArgumentException("no station " + code));
    }

    private void station(Context ctx) {
        StationRepository.Station s = requireStation(ctx);
        Instant now = parts.clock().instant();
        Views v = parts.views();
        List<Pages.TelemetryLine> history = parts.reports().telemetry(s.code(), now.minus(Duration.ofHours(24)), 300)
                .stream().map(t -> new Pages.TelemetryLine(v.time(t.at()), text(t.issued()), text(t.served()),
                        text(t.waiting()), t.waitP90() == null ? "—" : (t.waitP90() / 60) + " 分钟",
                        t.rated() == null || t.rated() == 0 ? "—" : Math.round(100.0 * t.satisfied() / t.rated()) + "%",
                        t.diskFreeMb() == null ? "—" : t.diskFreeMb() + " MB",
                        t.temperature() == null ? "—" : t.temperature() + " ℃")).toList();
        List<Pages.EventLine> events = parts.reports().events(s.code(), 50).stream().map(e -> new Pages.EventLine(
                v.time(e.at()), e.kind(), e.severity(), e.subject(), e.detail())).toList();
        List<Pages.CommandLine> commands = parts.reports().commands(s.code(), 30).stream()
                .map(c -> new Pages.CommandLine(v.time(c.issuedAt()), c.verb(), c.args(), c.issuedBy(),
                        c.ok().isEmpty() ? "等待回复" : c.ok().get() ? "完成：" + nz(c.message())
                                : "拒绝（" + c.reason() + "）：" + nz(c.message()), c.ok().orElse(true))).toList();
        List<Pages.Shot> shots = parts.reports().screenshots(s.code()).stream()
                .map(r -> new Pages.Shot(r.id(), v.time(r.at()))).toList();
        Role role = session(ctx).role();
        boolean canCommand = parts.commands().isPresent() && role.atLeast(Role.TECHNICIAN);
        render(ctx, "station.jte", new Pages.Station(chrome(ctx), v.station(s, parts.alerts().open(), now), history,
                events, commands, shots, canCommand, canCommand && role == Role.ADMIN, ctx.queryParam("flash")));
    }

    private static String text(Integer n) {
        return n == null ? "—" : n.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void screenshot(Context ctx) {
        StationRepository.Station s = requireStation(ctx);
        String file = ctx.pathParam("file");
        if (!file.matches("[0-9]{1,18}\\.png")) {
            throw new IllegalArgumentException("not a screenshot: " + file);
        }
        byte[] png = parts.reports().screenshot(s.code(), Long.parseLong(file.substring(0, file.length() - 4)))
                .orElseThrow(() -> new IllegalArgumentException("no such screenshot"));
        ctx.contentType("image/png").result(png);
    }

    private void command(Context ctx) {
        StationRepository.Station s = requireStation(ctx);
        HubLogin.Session session = session(ctx);
        String verb = Optional.ofNullable(ctx.formParam("verb")).orElse("");
        if (parts.commands().isEmpty()) {
            throw new IllegalArgumentException("this hub has no county key: commands are off");
        }
        if (!session.role().atLeast(Role.forVerb(verb))) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("无权执行此操作 / not allowed for "
                    + session.role().chinese());
            return;
        }
        List<String> args = new ArrayList<>();
        for (String name : List.of("arg1", "arg2")) {
            String value = ctx.formParam(name);
            if (value != null && !value.isBlank()) {
                args.add(value.strip());
            }
        }
        if (verb.equals("notice") && args.size() == 2) {
            // The form's datetime-local is the county's local time; the kiosk reads an instant best.
            args.set(1, LocalDateTime.parse(args.get(1)).atZone(parts.clock().getZone()).toInstant().toString());
        }
        String flash;
        try {
            parts.commands().get().send(s.code(), verb, args, session.user());
            flash = "已发送「" + verb + "」，等待终端回复。";
        } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
            flash = "发送失败（与消息服务器的连接）：" + e.getMessage();
        }
        ctx.redirect("/station/" + s.code() + "?flash=" + java.net.URLEncoder.encode(flash, StandardCharsets.UTF_8));
    }

    private void alerts(Context ctx) {
        render(ctx, "alerts.jte", new Pages.Alerts(chrome(ctx),
                parts.alerts().open().stream().map(this::alertLine).toList(),
                parts.alerts().recent(100).stream().map(this::alertLine).toList()));
    }

    private void users(Context ctx) {
        if (session(ctx).role() != Role.ADMIN) {
            ctx.status(403).result("仅县管理员 / admins only");
            return;
        }
        renderUsers(ctx, ctx.queryParam("flash"));
    }

    private void renderUsers(Context ctx, String flash) {
        Instant now = parts.clock().instant();
        render(ctx, "users.jte", new Pages.Users(chrome(ctx), parts.users().all().stream()
                .map(u -> new Pages.UserLine(u.name(), Role.of(u.role()).map(Role::chinese).orElse(u.role())
                        + (u.scope().isEmpty() ? "" : "（" + u.scope() + "）"),
                        u.lockedUntil().filter(now::isBefore).isPresent())).toList(),
                Arrays.stream(Role.values()).map(Role::word).toList(), flash));
    }

    private void addUser(Context ctx) {
        if (session(ctx).role() != Role.ADMIN) {
            ctx.status(403).result("仅县管理员 / admins only");
            return;
        }
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        Role role = Role.of(Optional.ofNullable(ctx.formParam("role")).orElse(""))
                .orElseThrow(() -> new IllegalArgumentException("unknown role"));
        if (!name.matches("[A-Za-z0-9_.-]{2,32}")) {
            throw new IllegalArgumentException("a user name is 2-32 letters, digits, '_', '.' or '-'");
        }
        String scope = Optional.ofNullable(ctx.formParam("scope")).orElse("").strip();
        if (role.scoped() && scope.isEmpty()) {
            throw new IllegalArgumentException("a " + role.word() + " needs a scope: a township's name or a station code");
        }
        parts.users().put(name, role.word(), HubLogin.hash(Optional.ofNullable(ctx.formParam("password")).orElse("")));
        parts.users().scope(name, role.scoped() ? scope : "");
        LOG.log(Level.INFO, "hub: {0} saved user {1} as {2}", session(ctx).user(), name, role.word());
        ctx.redirect("/users?flash=" + java.net.URLEncoder.encode("已保存用户 " + name, StandardCharsets.UTF_8));
    }

    // ---- API ----

    /** One station for scripts: what the dashboard shows, as numbers and instants. */
    public record StationJson(String code, boolean online, String onlineSince, String lastSeen, String telemetryId,
                              String telemetryAt, List<String> alerts) {
    }

    private StationJson json(StationRepository.Station s, List<AlertRepository.Alert> open) {
        return new StationJson(s.code(), s.online(), s.onlineSince().map(Instant::toString).orElse(null),
                s.lastSeen().map(Instant::toString).orElse(null), s.telemetryId().orElse(null),
                s.telemetryAt().map(Instant::toString).orElse(null),
                open.stream().filter(a -> a.station().equals(s.code())).map(AlertRepository.Alert::kind).toList());
    }

    private void apiStations(Context ctx) {
        List<AlertRepository.Alert> open = parts.alerts().open();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("v", 1);
        body.put("stations", parts.stations().all().stream().map(s -> json(s, open)).toList());
        ctx.contentType("application/json").result(FleetJson.write(body));
    }

    private void apiStation(Context ctx) {
        StationRepository.Station s = requireStation(ctx);
        ctx.contentType("application/json").result(FleetJson.write(json(s, parts.alerts().open())));
    }
}
