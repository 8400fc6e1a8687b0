package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffSession;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.sse.SseClient;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import org.xiangli.kiosk.queue.QueueService;

/** The call display ({@code /display}, no login, live by server-sent events) and the rating tablet page. */
final class DisplayRoutes {

    private static final System.Logger LOG = System.getLogger(DisplayRoutes.class.getName());

    private final QueueService queue;
    private final DisplayFeed feed;
    private final WebPages pages;
    private final String stationName;
    private final Clock clock;

    DisplayRoutes(QueueService queue, DisplayFeed feed, WebPages pages, String stationName, Clock clock) {
        this.clock = clock;
        this.queue = queue;
        this.feed = feed;
        this.pages = pages;
        this.stationName = stationName;
    }

    void register(RoutesConfig app) {
        // Station time: the kiosk's clock in the station's zone, not the browser's (a TV's may be wrong or UTC).
        app.get("/display", ctx -> pages.show(ctx, 200, "display.jte", new DisplayPage(pages.frame(stationName),
                queue.policy().zone().getId(), clock.millis())));
        app.sse("/display/events", client -> {
            client.keepAlive();
            feed.subscribe(new SseSink(client), lastEventId(client.ctx()));
        });
        app.get("/rate/{window}", ctx -> {
            int window = window(ctx);
            pages.show(ctx, 200, "rate.jte", new RatePage(pages.frame(stationName,
                    StaffServer.session(ctx).csrfToken()), window));
        });
        app.get("/api/rate/{window}", ctx -> {
            StaffServer.noStore(ctx);
            ctx.contentType("application/json").result(WebJson.write(new OpenRating(
                    queue.pendingRating(window(ctx)).map(r -> r.ticket()).orElse(null))));
        });
        app.post("/api/rate/{window}", ctx -> {
            queue.rate(window(ctx), Integer.parseInt(ctx.formParam("level")));
            ctx.contentType("application/json").result("{\"ok\":true}");
        });
    }

    /** The call display: its clock shows {@code now} (epoch ms when served) running on, in {@code zone}. */
    record DisplayPage(Frame f, String zone, long now) {
    }

    /** The rating tablet's page for one window. */
    record RatePage(Frame f, int window) {
    }

    /** The ticket a villager may rate at the window now, null when none. */
    record OpenRating(String ticket) {
    }

    /**
     * The session's own window: a rating belongs to the window the staff member logged in for, so the URL's window
     * must be that one. Any other is refused, or one clerk could rate (or read) a colleague's service.
     */
    private static int window(Context ctx) {
        StaffSession session = StaffServer.session(ctx);
        if (!ctx.pathParam("window").equals(String.valueOf(session.window()))) {
            LOG.log(Level.WARNING, "{0} at window {1} refused: rating window {2}", session.username(),
                    session.window(), ctx.pathParam("window"));
            throw new ForbiddenResponse("WINDOW");
        }
        return session.window();
    }

    private static Optional<Long> lastEventId(Context ctx) {
        String header = ctx.header("Last-Event-ID");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            LOG.log(Level.DEBUG, "display sent a malformed Last-Event-ID {0}; sending the full state", header);
            return Optional.empty();
        }
    }

    /** A display's event stream, over Javalin's SSE client. */
    record SseSink(SseClient client) implements DisplayFeed.Sink {

        @Override
        public boolean send(String event, String data, long id) {
            if (client.terminated()) {
                return false;
            }
            client.sendEvent(event, data, String.valueOf(id));
            return !client.terminated();
        }

        @Override
        public boolean ping() {
            if (client.terminated()) {
                return false;
            }
            client.sendComment("ping");
            return !client.terminated();
        }
    }
}
