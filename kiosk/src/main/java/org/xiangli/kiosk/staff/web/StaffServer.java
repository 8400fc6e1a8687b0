package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.PasswordHashing;
import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffAccounts;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffSession;
import org.xiangli.kiosk.staff.StaffSessions;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.Context;
import java.lang.System.Logger.Level;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.QueueException;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The staff console and call display, served by the kiosk process on the station LAN. {@code /display} and its
 * event stream need no login; every other page and API needs a session (pages redirect to the login page, APIs
 * answer 401 — never data), every change needs the session's CSRF token, and {@code /admin} needs the admin role.
 */
public final class StaffServer implements AutoCloseable {

    static final String SESSION_COOKIE = "XL_SESSION";
    static final String LOGIN_COOKIE = "XL_LOGIN";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    static final String SESSION_ATTRIBUTE = "staffSession";
    private static final Set<String> PUBLIC = Set.of("/login", "/display", "/display/events", "/favicon.ico",
            DisplayBoardRoutes.PATH);
    /** Stylesheets and scripts: the same for everyone, nothing secret, needed before a login. */
    static final String STATIC = "/static/";
    /** A Host header: a name or IPv4 address, or an IPv6 address in brackets, then perhaps a port. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(?::[0-9]{1,5})?");
    /**
     * On every answer, pages, scripts, JSON and errors alike. The pages load scripts and styles only from /static
     * (no inline script or style: an injected one would not run), talk only to this server, post forms only here
     * and are never framed; no address (with a session's path or query) is sent on to another site.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
                    + "object-src 'none'",
            "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff",
            // For browsers older than CSP's frame-ancestors.
            "X-Frame-Options", "DENY");
    private static final System.Logger LOG = System.getLogger(StaffServer.class.getName());

    private final Consumer<JavalinConfig> routes;
    private final StaffSessions sessions;
    private final DisplayFeed feed;
    private final PhoneFeed phones;
    private final AdminPage adminPage;
    /** Station notices (issue 17), when the kiosk gives them ({@link #withNotices}) before start. */
    private NoticeRoutes noticeRoutes;
    /** 代办, 诉求·意见 and their statistics, when the kiosk has them (a data key): see {@link #stationServices}. */
    private StationServicesRoutes stationServices;
    private Javalin app;
    /** The HTTPS connector and its port when {@code staff.tls_*} are set: plain HTTP then only redirects there. */
    private ServerConnector https;
    private volatile int httpsPort = -1;

    /**
     * @param board    what the call displays show: the same board as the kiosk's own call screen
     * @param admin    the services, windows and rules the admin pages change
     * @param accounts the staff accounts (kioskctl users' store): logins and the accounts page
     * @param passwords how passwords are hashed ({@link org.xiangli.kiosk.staff.Pbkdf2Passwords#STANDARD})
     * @param station  calls for staff, devices, the tickets' phone links, the demo password
     */
    public StaffServer(QueueService queue, CallBoard board, QueueAdmin admin, StaffAccountRepository accounts,
                       StaffSessions sessions, PasswordHashing passwords, Messages messages, String stationName,
                       Clock clock, StationSide station) {
        StaffLogin login = new StaffLogin(accounts, passwords, clock);
        this.sessions = sessions;
        this.feed = new DisplayFeed(board, queue);
        PhoneStatuses phoneStatuses = new PhoneStatuses(queue, station.tickets(), messages);
        this.phones = new PhoneFeed(phoneStatuses, queue);
        WebPages pages = new WebPages(messages);
        AdminPage adminPage = new AdminPage(pages, stationName);
        this.adminPage = adminPage;
        // Javalin 7: every route, filter and handler is given when the server is made (in start, with its ports).
        this.routes = config -> {
            config.startup.showJavalinBanner = false;
            // Our package's version is what matters on a kiosk; Javalin's age warning only fills the journal.
            config.startup.showOldJavalinVersionWarning = false;
            // The watcher is a non-daemon thread that sleeps 5 s to warn about a server never started: it kept
            // every kiosk exit (systemd stop, restart, upgrade) waiting those 5 s. We always start the server.
            config.startup.startupWatcherEnabled = false;
            config.staticFiles.add(files -> {
                files.hostedPath = STATIC.substring(0, STATIC.length() - 1);
                files.directory = "/org/xiangli/kiosk/staff/web/static";
                files.location = Location.CLASSPATH;
            });
            RoutesConfig routes = config.routes;
            routes.before(this::guard);
            // Browsers ask for it on every page; without this they would be redirected to (and reload) the login form.
            routes.get("/favicon.ico", ctx -> ctx.status(204));
            new LoginRoutes(login, sessions, pages, queue, stationName, station.demoPassword()).register(routes);
            new ConsoleRoutes(queue, pages, stationName, clock).register(routes);
            new DisplayRoutes(queue, feed, pages, stationName, clock).register(routes);
            new PhoneRoutes(phoneStatuses, phones, pages, stationName).register(routes);
            new StationRoutes(station, messages, clock).register(routes);
            StatisticsRoutes statistics = new StatisticsRoutes(queue, adminPage, station.helpDesk());
            if (stationServices != null) {
                stationServices.register(routes, pages, stationName);
                statistics.station(stationServices.errands(), stationServices.requests());
            }
            new DisplayBoardRoutes(stationServices).register(routes);
            statistics.register(routes);
            new AdminRoutes(admin, adminPage, queue.policy().zone().getId()).register(routes);
            new AccountRoutes(new StaffAccounts(accounts, sessions, passwords, clock), adminPage, clock)
                    .register(routes);
            if (noticeRoutes != null) {
                config.jetty.multipartConfig.maxFileSize(NoticeRoutes.MAX_PHOTO, io.javalin.config.SizeUnit.BYTES);
                noticeRoutes.register(routes);
            }
            // Only a session or a phone page gets this far (the guard sends everyone else to the login page).
            routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    ctx.contentType("application/json").result("{\"error\":\"NOT_FOUND\"}");
                } else if (ctx.path().startsWith(PhoneRoutes.PREFIX)) {
                    // A villager's phone: the phone page's "no such ticket", whatever the path.
                    pages.show(ctx, 404, "phone.jte", new PhoneRoutes.PhonePage(pages.frame(stationName), "", null));
                } else {
                    pages.show(ctx, 404, "notfound.jte", pages.frame(stationName));
                }
            });
            routes.exception(QueueException.class, (e, ctx) -> ctx.status(409).contentType("application/json")
                    .result(WebJson.write(new ErrorMessage(e.reason().name(),
                            messages.get("web.error." + e.reason().name())))));
            routes.exception(InvalidInput.class, (e, ctx) -> ctx.status(400).contentType("application/json")
                    .result(WebJson.write(new ErrorMessage("INVALID", messages.get(e.key(), e.args())))));
            routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400)
                    .contentType("application/json")
                    .result(WebJson.write(new ErrorMessage("BAD_REQUEST", e.getMessage()))));
            // Anything else is our fault: logged with its trace, and the person gets a page in the console's style
            // (or JSON for a script), never a stack trace or the server's bare text.
            routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(Level.ERROR, ctx.method() + " " + ctx.path() + " failed", e);
                if (ctx.path().startsWith("/api/") || ctx.path().endsWith("/events")) {
                    ctx.status(500).contentType("application/json").result(WebJson.write(new ErrorMessage("SERVER",
                            messages.get("web.error.server"))));
                } else {
                    pages.show(ctx, 500, "error.jte", pages.frame(stationName));
                }
            });
        };
    }

    /**
     * Adds the console's 代办 and 诉求·意见 pages, their statistics and the call display's pickup call and
     * satisfaction; call before {@link #start}.
     */
    public StaffServer stationServices(org.xiangli.kiosk.errands.ErrandDesk errands,
                                       org.xiangli.kiosk.requests.RequestDesk requests,
                                       org.xiangli.kiosk.satisfaction.StationSatisfaction satisfaction,
                                       org.xiangli.kiosk.payments.StatementPrinter printer, Clock clock) {
        return stationServices(errands, requests, satisfaction, printer, clock, null);
    }

    /**
     * As above; {@code nextCard} (may be null: none) waits for the next card on the kiosk's reader, so staff can
     * register an errand by the villager's card: the number and name go from the reader to the store, never to the
     * browser.
     */
    public StaffServer stationServices(org.xiangli.kiosk.errands.ErrandDesk errands,
                                       org.xiangli.kiosk.requests.RequestDesk requests,
                                       org.xiangli.kiosk.satisfaction.StationSatisfaction satisfaction,
                                       org.xiangli.kiosk.payments.StatementPrinter printer, Clock clock,
                                       java.util.function.Function<java.time.Duration,
                                               java.util.concurrent.CompletableFuture<
                                                       org.xiangli.hal.card.IdentityCard>> nextCard) {
        this.stationServices = new StationServicesRoutes(errands, requests, satisfaction, printer, clock, nextCard);
        return this;
    }

    /** What an API answers when it refuses: a code for the page's script and a message for the person. */
    record ErrorMessage(String error, String message) {
    }

    /**
     * Adds the station notices page ({@code /admin/notices}); call before start. {@code shown} refreshes the
     * kiosk's screen after a notice is posted or removed.
     */
    public StaffServer withNotices(org.xiangli.kiosk.content.notice.StationNotices notices, Runnable shown,
                                   Clock clock) {
        this.noticeRoutes = new NoticeRoutes(notices, shown, adminPage, clock);
        return this;
    }

    /** Starts listening on plain HTTP; port 0 picks a free one (tests). */
    public StaffServer start(String host, int port) {
        app = Javalin.create(routes).start(host, port);
        LOG.log(Level.INFO, "staff console on http://{0}:{1}/ (call display: /display)", host,
                String.valueOf(app.port()));
        return this;
    }

    /**
     * Starts listening on HTTPS at {@code httpsPort} with {@code tls}, and on plain HTTP at {@code httpPort} only to
     * redirect there (a bookmark of the old address still arrives). Port 0 picks a free one (tests).
     */
    public StaffServer start(String host, int httpPort, int httpsPort, StaffTls tls) {
        app = Javalin.create(config -> {
            routes.accept(config);
            config.jetty.addConnector((server, httpConfig) -> {
                ServerConnector http = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
                http.setHost(host);
                http.setPort(httpPort);
                return http;
            });
            config.jetty.addConnector((server, httpConfig) -> {
                HttpConfiguration secure = new HttpConfiguration(httpConfig);
                // Staff may open the console by the kiosk's address or any name: no SNI host check.
                secure.addCustomizer(new SecureRequestCustomizer(false));
                https = new ServerConnector(server, new SslConnectionFactory(tls.contextFactory(), "http/1.1"),
                        new HttpConnectionFactory(secure));
                https.setHost(host);
                https.setPort(httpsPort);
                return https;
            });
        }).start();
        this.httpsPort = https.getLocalPort();
        LOG.log(Level.INFO, "staff console on https://{0}:{1}/ (call display: /display), http://{0}:{2}/ redirects "
                + "there; certificate SHA-256 {3}", host, String.valueOf(this.httpsPort), String.valueOf(app.port()),
                tls.fingerprint());
        return this;
    }

    /** The plain-HTTP port (with HTTPS on, it only redirects). */
    public int port() {
        return app.port();
    }

    /** The HTTPS port, or -1 when the console runs on plain HTTP. */
    public int httpsPort() {
        return httpsPort;
    }

    public DisplayFeed feed() {
        return feed;
    }

    static StaffSession session(Context ctx) {
        StaffSession session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw new IllegalStateException("no session on a guarded route " + ctx.path());
        }
        return session;
    }

    static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    /** Constant-time comparison of two tokens. */
    static boolean sameToken(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    private void guard(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        // The phone status page (and the files it loads) answers on plain HTTP too: villagers' phones do not trust
        // the station's own certificate. It is public and carries no cookie, no login and nothing personal.
        if (httpsPort > 0 && !ctx.req().isSecure() && !ctx.path().startsWith(PhoneRoutes.PREFIX)
                && !ctx.path().startsWith(STATIC)) {
            toHttps(ctx);
            ctx.skipRemainingHandlers();
            return;
        }
        String path = ctx.path();
        if (PUBLIC.contains(path) || path.startsWith(STATIC) || path.startsWith(PhoneRoutes.PREFIX)) {
            return;
        }
        Optional<StaffSession> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            if (path.startsWith("/api/")) {
                ctx.status(401).contentType("application/json").result("{\"error\":\"LOGIN_REQUIRED\"}");
            } else {
                ctx.redirect("/login");
            }
            ctx.skipRemainingHandlers();
            return;
        }
        boolean change = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        if (change) {
            String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(CSRF_FIELD));
            if (!sameToken(sent, session.get().csrfToken())) {
                LOG.log(Level.WARNING, "{0} {1}: refused, missing or wrong CSRF token", ctx.method(), path);
                ctx.status(403).contentType("application/json").result("{\"error\":\"CSRF\"}");
                ctx.skipRemainingHandlers();
                return;
            }
        }
        if ((path.startsWith("/admin") || path.startsWith("/api/admin")) && !session.get().isAdmin()) {
            ctx.status(403).contentType("application/json").result("{\"error\":\"ADMIN_ONLY\"}");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(SESSION_ATTRIBUTE, session.get());
    }

    /** Same host and path on the HTTPS port; 308 keeps a POST a POST. A malformed Host header gets a 400. */
    private void toHttps(Context ctx) {
        Matcher host = HOST.matcher(Optional.ofNullable(ctx.header("Host")).orElse(""));
        if (!host.matches()) {
            ctx.status(400).result("bad Host header");
            return;
        }
        String query = ctx.queryString();
        ctx.redirect("https://" + host.group(1) + ":" + httpsPort + ctx.path() + (query == null ? "" : "?" + query),
                HttpStatus.PERMANENT_REDIRECT);
    }

    /** {@code ; Secure} on a cookie sent over HTTPS, so the browser never sends it back over plain HTTP. */
    static String secureFlag(Context ctx) {
        return ctx.req().isSecure() ? "; Secure" : "";
    }

    @Override
    public void close() {
        feed.close();
        phones.close();
        if (app != null) {
            app.stop();
        }
    }
}
