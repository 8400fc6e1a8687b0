package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The phone status page a ticket's QR opens, {@code /t/CODE}: where the ticket stands, live by server-sent events
 * ({@code /t/CODE/events}). Public (a villager has no account), so it shows nothing personal, sets no cookie, and
 * answers the same "no such ticket" page for every code that names none: the 80-bit code cannot be guessed
 * ({@link org.xiangli.kiosk.queue.TicketCodes}).
 */
final class PhoneRoutes {

    static final String PREFIX = "/t/";

    private final PhoneStatuses statuses;
    private final PhoneFeed feed;
    private final WebPages pages;
    private final String stationName;

    PhoneRoutes(PhoneStatuses statuses, PhoneFeed feed, WebPages pages, String stationName) {
        this.statuses = statuses;
        this.feed = feed;
        this.pages = pages;
        this.stationName = stationName;
    }

    /** The phone page: its ticket's view, or null for a code that names no ticket. */
    record PhonePage(Frame f, String code, PhoneView view) {
    }

    void register(RoutesConfig app) {
        app.get(PREFIX + "{code}", ctx -> {
            String code = ctx.pathParam("code");
            Optional<PhoneView> view = statuses.view(code);
            // Search engines and link previews have no business here.
            ctx.header("X-Robots-Tag", "noindex, nofollow");
            pages.show(ctx, view.isPresent() ? 200 : 404, "phone.jte",
                    new PhonePage(pages.frame(stationName), view.isPresent() ? code : "", view.orElse(null)));
        });
        app.sse(PREFIX + "{code}/events", client -> {
            Context ctx = client.ctx();
            String code = ctx.pathParam("code");
            if (statuses.view(code).isEmpty()) {
                client.sendEvent("status", "{\"gone\":true}");
                client.close();
                return;
            }
            client.keepAlive();
            if (!feed.subscribe(code, new DisplayRoutes.SseSink(client))) {
                client.sendComment("busy");
                client.close();
            }
        });
    }
}
