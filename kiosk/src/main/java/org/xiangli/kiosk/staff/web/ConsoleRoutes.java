package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffSession;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.PriorityReason;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.queue.WindowView;

/** The console page and its API: everything a staff member does at the window the session logged in for. */
final class ConsoleRoutes {

    private final QueueService queue;
    private final WebPages pages;
    private final String stationName;
    private final Clock clock;

    ConsoleRoutes(QueueService queue, WebPages pages, String stationName, Clock clock) {
        this.clock = clock;
        this.queue = queue;
        this.pages = pages;
        this.stationName = stationName;
    }

    void register(RoutesConfig app) {
        app.get("/console", ctx -> {
            StaffSession s = StaffServer.session(ctx);
            if (s.window() == LoginRoutes.NO_WINDOW) {
                // An admin who logged in without a window (a new station): the admin pages, where windows are made.
                ctx.redirect("/admin");
                return;
            }
            pages.show(ctx, 200, "console.jte", new ConsolePage(pages.frame(stationName, s.csrfToken()), s.window(),
                    s.username(), s.isAdmin(), queue.services()));
        });
        app.get("/api/console/state", ctx -> json(ctx, state(StaffServer.session(ctx))));
        app.post("/api/console/call-next", ctx -> {
            Optional<Call> call = queue.callNext(window(ctx));
            json(ctx, new Called(call.map(CallMessage::of).orElse(null)));
        });
        app.post("/api/console/recall", ctx -> json(ctx, new Called(CallMessage.of(queue.recall(window(ctx))))));
        app.post("/api/console/finish", ctx -> json(ctx, TicketMessage.of(queue.finish(window(ctx)))));
        app.post("/api/console/no-show", ctx -> json(ctx, TicketMessage.of(queue.noShow(window(ctx)))));
        app.post("/api/console/hold", ctx -> json(ctx, TicketMessage.of(queue.hold(window(ctx)))));
        app.post("/api/console/resume", ctx -> json(ctx,
                new Called(CallMessage.of(queue.resume(ticketId(ctx), window(ctx))))));
        app.post("/api/console/transfer", ctx -> {
            String to = ctx.formParam("service");
            if (to == null || to.length() != 1) {
                throw new IllegalArgumentException("service must be one letter");
            }
            json(ctx, TicketMessage.of(queue.transfer(ticketId(ctx), to.charAt(0))));
        });
        app.post("/api/console/priority", ctx -> json(ctx, TicketMessage.of(queue.setPriority(ticketId(ctx),
                PriorityReason.valueOf(required(ctx, "reason"))))));
        app.post("/api/console/pause", ctx -> {
            queue.pause(window(ctx), Boolean.parseBoolean(required(ctx, "paused")));
            json(ctx, new Done(true));
        });
    }

    /** The console page: the window, who is logged in, and the services a ticket can be transferred to. */
    record ConsolePage(Frame f, int window, String user, boolean admin, List<ServiceItem> services) {
    }

    /** The answer to a call: the call made, null when nobody waited. */
    record Called(CallMessage call) {
    }

    /** The answer to a change that has nothing else to report. */
    record Done(boolean ok) {
    }

    /** A ticket as the console lists it. */
    record TicketMessage(long id, String ticket, String service, String priority, String status) {

        static TicketMessage of(Ticket t) {
            return new TicketMessage(t.id(), t.label(), String.valueOf(t.service()), t.priority().name(),
                    t.status().name());
        }
    }

    /** A waiting ticket: as {@link TicketMessage}, and how long it has waited. */
    record WaitingMessage(long id, String ticket, String service, String priority, String status,
                          long waitedMinutes) {

        static WaitingMessage of(Ticket t, Instant now) {
            TicketMessage m = TicketMessage.of(t);
            return new WaitingMessage(m.id(), m.ticket(), m.service(), m.priority(), m.status(),
                    Duration.between(t.issuedAt(), now).toMinutes());
        }
    }

    /** A service the console can transfer a ticket to. */
    record ServiceName(String letter, String name) {
    }

    /** Everything the console page shows for its window; {@code current} and {@code rating} may be null. */
    record ConsoleState(int window, String user, boolean paused, TicketMessage current, List<TicketMessage> held,
                        List<WaitingMessage> waiting, List<ServiceName> services, String rating) {
    }

    private ConsoleState state(StaffSession s) {
        WindowView view = queue.window(s.window());
        Instant now = clock.instant();
        return new ConsoleState(s.window(), s.username(), view.state().paused(),
                view.current().map(TicketMessage::of).orElse(null),
                view.held().stream().map(TicketMessage::of).toList(),
                view.waiting().stream().map(t -> WaitingMessage.of(t, now)).toList(),
                queue.services().stream().map(i -> new ServiceName(String.valueOf(i.letter()), i.name())).toList(),
                queue.pendingRating(s.window()).map(r -> r.ticket()).orElse(null));
    }

    private static int window(Context ctx) {
        int window = StaffServer.session(ctx).window();
        if (window == LoginRoutes.NO_WINDOW) {
            throw new IllegalArgumentException("this session has no window: log in again at a window");
        }
        return window;
    }

    private static long ticketId(Context ctx) {
        return Long.parseLong(required(ctx, "ticket"));
    }

    private static String required(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing form field " + field);
        }
        return value;
    }

    private static void json(Context ctx, Object body) {
        StaffServer.noStore(ctx);
        ctx.contentType("application/json").result(WebJson.write(body));
    }
}
