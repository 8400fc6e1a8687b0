package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffSession;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.PriorityReason;
import org.xiangli.kiosk.queue.QueueService;
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

    void register(Javalin app) {
        app.get("/console", ctx -> {
            StaffSession s = StaffServer.session(ctx);
            StaffServer.noStore(ctx);
            ctx.contentType("text/html; charset=utf-8").result(pages.render("console", StaffServer.values(
                    "station", stationName, "csrf", s.csrfToken(), "user", s.username(),
                    "window", String.valueOf(s.window()), "windowTitle", pages.messages().get("web.windowN", s.window()),
                    "adminLink", s.isAdmin() ? "" : "hidden")));
        });
        app.get("/api/console/state", ctx -> json(ctx, state(StaffServer.session(ctx))));
        app.post("/api/console/call-next", ctx -> {
            Optional<Call> call = queue.callNext(window(ctx));
            json(ctx, Json.object().put("call", call.map(DisplayFeed::callJson).orElse(null)));
        });
        app.post("/api/console/recall", ctx -> json(ctx, Json.object()
                .put("call", DisplayFeed.callJson(queue.recall(window(ctx))))));
        app.post("/api/console/finish", ctx -> json(ctx, ticket(queue.finish(window(ctx)))));
        app.post("/api/console/no-show", ctx -> json(ctx, ticket(queue.noShow(window(ctx)))));
        app.post("/api/console/hold", ctx -> json(ctx, ticket(queue.hold(window(ctx)))));
        app.post("/api/console/resume", ctx -> json(ctx, Json.object()
                .put("call", DisplayFeed.callJson(queue.resume(ticketId(ctx), window(ctx))))));
        app.post("/api/console/transfer", ctx -> {
            String to = ctx.formParam("service");
            if (to == null || to.length() != 1) {
                throw new IllegalArgumentException("service must be one letter");
            }
            json(ctx, ticket(queue.transfer(ticketId(ctx), to.charAt(0))));
        });
        app.post("/api/console/priority", ctx -> json(ctx, ticket(queue.setPriority(ticketId(ctx),
                PriorityReason.valueOf(required(ctx, "reason"))))));
        app.post("/api/console/pause", ctx -> {
            queue.pause(window(ctx), Boolean.parseBoolean(required(ctx, "paused")));
            json(ctx, Json.object().put("ok", true));
        });
    }

    private Json state(StaffSession s) {
        WindowView view = queue.window(s.window());
        Instant now = clock.instant();
        List<Json> services = queue.services().stream()
                .map(item -> Json.object().put("letter", String.valueOf(item.letter())).put("name", item.name()))
                .map(Json.class::cast).toList();
        return Json.object()
                .put("window", s.window())
                .put("user", s.username())
                .put("paused", view.state().paused())
                .put("current", view.current().map(ConsoleRoutes::ticket).orElse(null))
                .put("held", view.held().stream().map(ConsoleRoutes::ticket).toList())
                .put("waiting", view.waiting().stream().map(t -> ticket(t).put("waitedMinutes",
                        Duration.between(t.issuedAt(), now).toMinutes())).toList())
                .put("services", services)
                .put("rating", queue.pendingRating(s.window()).map(r -> r.ticket()).orElse(null));
    }

    static Json ticket(Ticket t) {
        return Json.object().put("id", t.id()).put("ticket", t.label()).put("service", String.valueOf(t.service()))
                .put("priority", t.priority().name()).put("status", t.status().name());
    }

    private static int window(Context ctx) {
        return StaffServer.session(ctx).window();
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

    private static void json(Context ctx, Json body) {
        StaffServer.noStore(ctx);
        ctx.contentType("application/json").result(body.toString());
    }
}
