package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.errands.ErrandEvent;
import org.xiangli.kiosk.errands.ErrandState;
import org.xiangli.kiosk.errands.ErrandView;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.StatementPrinter;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.requests.Request;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.requests.RequestState;
import org.xiangli.kiosk.satisfaction.StationSatisfaction;
import org.xiangli.kiosk.staff.web.AdminPage.AdminFrame;

/**
 * The console's 代办 page (register an errand, move it on, reprint its receipt; overdue ones flagged) and 诉求·意见
 * page (take a request up, answer it, hear its voice message). Any logged-in staff member; every post carries the
 * session's CSRF token (the guard checks it) and is stamped with the staff member's name. Names show masked.
 */
final class StationServicesRoutes {

    private static final int LISTED = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ErrandDesk errands;
    private final RequestDesk requests;
    private final StationSatisfaction satisfaction;
    private final StatementPrinter printer;
    private final Clock clock;
    /** Waits for the next card on the kiosk's reader; null when the kiosk has none. */
    private final java.util.function.Function<java.time.Duration,
            java.util.concurrent.CompletableFuture<IdentityCard>> nextCard;
    /** How long a 读身份证登记 waits for the card to be laid on the reader. */
    static final java.time.Duration CARD_WAIT = java.time.Duration.ofSeconds(30);
    private AdminPage page;
    private Messages messages;
    private String stationName;

    StationServicesRoutes(ErrandDesk errands, RequestDesk requests, StationSatisfaction satisfaction,
                          StatementPrinter printer, Clock clock,
                          java.util.function.Function<java.time.Duration,
                                  java.util.concurrent.CompletableFuture<IdentityCard>> nextCard) {
        this.nextCard = nextCard;
        this.errands = errands;
        this.requests = requests;
        this.satisfaction = satisfaction;
        this.printer = printer;
        this.clock = clock;
    }

    ErrandDesk errands() {
        return errands;
    }

    RequestDesk requests() {
        return requests;
    }

    StationSatisfaction satisfaction() {
        return satisfaction;
    }

    /** The registration form as typed (shown again with the error when it breaks a rule). */
    record ErrandForm(String idNumber, String name, String service, String promised, String notes) {
        static final ErrandForm EMPTY = new ErrandForm("", "", "", "", "");
    }

    /** A state an errand may move to, for the row's menu. */
    record Choice(String value, String label) {
    }

    record ErrandRow(String number, String name, String service, String promised, boolean overdue, String state,
                     String stateCode, List<Choice> next, String history) {
    }

    record ErrandsPage(AdminFrame a, ErrandForm form, String today, List<String> services, List<ErrandRow> rows,
                       int overdue, boolean cardReader) {
    }

    record RequestRow(String number, String created, String topic, String message, boolean voice, String phone,
                      String state, boolean pending, boolean answered, String answer, String answeredBy,
                      String answeredAt) {
    }

    record RequestsPage(AdminFrame a, List<RequestRow> rows) {
    }

    void register(RoutesConfig app, WebPages pages, String stationName) {
        this.page = new AdminPage(pages, stationName);
        this.messages = pages.messages();
        this.stationName = stationName;
        app.get("/errands", ctx -> showErrands(ctx, 200, "", ErrandForm.EMPTY));
        app.post("/errands", this::register);
        app.post("/errands/by-card", this::registerByCard);
        app.post("/errands/{number}/state", ctx -> {
            String number = ctx.pathParam("number");
            try {
                ErrandState to = ErrandState.valueOf(AdminPage.field(ctx, "state"));
                errands.change(number, to, staff(ctx), AdminPage.field(ctx, "note"));
                AdminPage.saved(ctx, "/errands");
            } catch (InvalidInput e) {
                showErrands(ctx, 400, page.message(e), ErrandForm.EMPTY);
            } catch (IllegalArgumentException e) {
                // Not a state at all: a hand-made post.
                showErrands(ctx, 400, messages.get("web.errands.error.move", number), ErrandForm.EMPTY);
            }
        });
        app.post("/errands/{number}/receipt", ctx -> {
            ErrandView view = errands.find(ctx.pathParam("number")).orElseThrow(NotFoundResponse::new);
            printReceipt(view);
            AdminPage.saved(ctx, "/errands");
        });
        app.get("/requests", ctx -> showRequests(ctx, 200, ""));
        app.post("/requests/{number}/start", ctx -> requestChange(ctx, () -> requests.start(ctx.pathParam("number"),
                staff(ctx))));
        app.post("/requests/{number}/answer", ctx -> requestChange(ctx, () -> requests.answer(ctx.pathParam("number"),
                AdminPage.field(ctx, "answer"), staff(ctx))));
        app.get("/requests/{number}/voice", ctx -> {
            Request r = requests.find(ctx.pathParam("number")).orElseThrow(NotFoundResponse::new);
            Path file = requests.voice(r).orElseThrow(NotFoundResponse::new);
            StaffServer.noStore(ctx);
            try (InputStream in = Files.newInputStream(file)) {
                ctx.contentType("audio/wav").result(in.readAllBytes());
            }
        });
    }

    private void register(Context ctx) {
        ErrandForm form = new ErrandForm(AdminPage.field(ctx, "idNumber"), AdminPage.field(ctx, "name"),
                AdminPage.field(ctx, "service"), AdminPage.field(ctx, "promised"), AdminPage.field(ctx, "notes"));
        try {
            LocalDate promised;
            try {
                promised = LocalDate.parse(form.promised());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("web.errands.error.promised", "the promised date is not a date");
            }
            ErrandView view = errands.register(form.idNumber(), form.name(), form.service(), promised, form.notes(),
                    staff(ctx));
            printReceipt(view);
            ctx.redirect("/errands?saved=" + view.errand().number(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            // The typed ID number goes back only into its own field of this no-store page, never into a log.
            showErrands(ctx, 400, page.message(e), form);
        }
    }

    /** 读身份证登记: the number and name come from the card the villager lays on the kiosk's reader. */
    private void registerByCard(Context ctx) {
        ErrandForm form = new ErrandForm("", "", AdminPage.field(ctx, "service"), AdminPage.field(ctx, "promised"),
                AdminPage.field(ctx, "notes"));
        if (nextCard == null) {
            showErrands(ctx, 400, messages.get("web.errands.error.noReader"), form);
            return;
        }
        try {
            LocalDate promised;
            try {
                promised = LocalDate.parse(form.promised());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("web.errands.error.promised", "the promised date is not a date");
            }
            IdentityCard card;
            try {
                card = nextCard.apply(CARD_WAIT).get();
            } catch (java.util.concurrent.ExecutionException e) {
                showErrands(ctx, 400, messages.get("web.errands.error.noCard", CARD_WAIT.toSeconds()), form);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                showErrands(ctx, 503, messages.get("web.errands.error.noCard", CARD_WAIT.toSeconds()), form);
                return;
            }
            ErrandView view = errands.register(card.idNumber().value(), card.name(), form.service(), promised,
                    form.notes(), staff(ctx));
            printReceipt(view);
            ctx.redirect("/errands?saved=" + view.errand().number(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            showErrands(ctx, 400, page.message(e), form);
        }
    }

    private void printReceipt(ErrandView view) {
        new org.xiangli.kiosk.errands.ErrandReceiptPrinter(errands, printer, messages, stationName, clock).print(view);
    }

    private void requestChange(Context ctx, Runnable change) {
        try {
            change.run();
            AdminPage.saved(ctx, "/requests");
        } catch (InvalidInput e) {
            showRequests(ctx, 400, page.message(e));
        }
    }

    private void showErrands(Context ctx, int status, String error, ErrandForm form) {
        LocalDate today = errands.today();
        List<ErrandRow> rows = errands.latest(LISTED).stream().map(v -> row(v, today)).toList();
        AdminFrame frame = page.frame(ctx, error);
        String saved = ctx.queryParam("saved");
        if (error.isEmpty() && saved != null && saved.matches("[0-9]{6,12}")) {
            frame = new AdminFrame(frame.f(), "", messages.get("web.errands.registered", saved));
        }
        page.show(ctx, status, "errands.jte", new ErrandsPage(frame, form, today.toString(),
                services(), rows, (int) rows.stream().filter(ErrandRow::overdue).count(), nextCard != null));
    }

    /** The usual errands (户籍、社保、救助、证明…) and any other registered before. */
    private List<String> services() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(List.of(messages.get("web.errands.usual")
                .split(",")));
        all.addAll(errands.serviceNames());
        return List.copyOf(all);
    }

    private ErrandRow row(ErrandView v, LocalDate today) {
        var e = v.errand();
        List<Choice> next = e.state().next().stream().sorted()
                .map(s -> new Choice(s.name(), messages.get(s.messageKey()))).toList();
        StringBuilder history = new StringBuilder();
        for (ErrandEvent event : v.events()) {
            if (!history.isEmpty()) {
                history.append(" · ");
            }
            history.append(event.at().atZone(errands.zone()).format(WHEN)).append(' ')
                    .append(messages.get(event.state().messageKey())).append(" (").append(event.by()).append(')');
            if (!event.note().isEmpty()) {
                history.append(": ").append(event.note());
            }
        }
        return new ErrandRow(e.number(), v.maskedName(), e.service(), e.promised().toString(), e.overdue(today),
                messages.get(e.state().messageKey()), e.state().name(), next, history.toString());
    }

    private void showRequests(Context ctx, int status, String error) {
        List<RequestRow> rows = requests.latest(LISTED).stream().map(this::row).toList();
        page.show(ctx, status, "requests.jte", new RequestsPage(page.frame(ctx, error), rows));
    }

    private RequestRow row(Request r) {
        String message = r.phraseKey().isEmpty() ? "" : messages.get(r.phraseKey());
        return new RequestRow(r.number(), r.createdAt().atZone(errands.zone()).format(WHEN),
                messages.get(r.topic().messageKey()), message, requests.voice(r).isPresent(),
                requests.phone(r).orElse(""), messages.get(r.state().messageKey()), r.state() == RequestState.PENDING,
                r.state() == RequestState.ANSWERED, r.answer(), r.answeredBy().orElse(""),
                r.answeredAt().map(at -> at.atZone(errands.zone()).format(WHEN)).orElse(""));
    }

    private static String staff(Context ctx) {
        return StaffServer.session(ctx).username();
    }

}
