package org.xiangli.kiosk.queue.screens;

import org.xiangli.kiosk.queue.CallAnnouncer;
import org.xiangli.kiosk.queue.IssueResult;
import org.xiangli.kiosk.queue.TicketDesk;
import org.xiangli.kiosk.queue.TicketOutcome;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceipt;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.Optional;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.ui.PrinterReasons;
import org.xiangli.kiosk.ui.QrImages;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

/**
 * The ticket just taken: what to do now on top (take the slip; or, in red, why it did not print — 打印机缺纸 — so
 * the villager notes the number, which is also spoken, and staff know what to fix), then the number (large) and
 * service, the details (priority, holder, people ahead, estimated wait, windows, time) and a QR code.
 */
public final class TicketScreen implements Screen {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final IssueResult issue;
    private final Label notice;
    private Optional<PrintFailure> printFailure = Optional.empty();
    private final VBox node;

    public TicketScreen(Messages messages, TicketOutcome outcome) {
        this(messages, outcome, Optional.empty(), false);
    }

    /**
     * @param holder   the masked name of the card holder the ticket was taken for (张*三), empty for none
     * @param portrait upright screens stack number, details and QR; landscape ones put them side by side, so the
     *                 page fits the short 1280×800 screen under an urgent banner
     */
    public TicketScreen(Messages messages, TicketOutcome outcome, Optional<String> holder, boolean portrait) {
        this(messages, new TicketDesk.IssuedTicket(outcome.issue(), outcome.receipt()), holder, portrait);
        printed(outcome.print());
    }

    /**
     * A ticket issued and still printing: the number shows now, the notice says the slip is coming, and
     * {@link #printed} says how the print went (take the slip, or why it did not print).
     */
    public TicketScreen(Messages messages, TicketDesk.IssuedTicket issued, Optional<String> holder,
                        boolean portrait) {
        this.messages = messages;
        this.issue = issued.issue();
        TicketReceipt r = issued.receipt();
        // What to do now comes first: take the slip, or note the number because the printer could not print it.
        notice = label(issue.kind() == IssueResult.Kind.ISSUED ? messages.get("queue.ticketPrinting")
                : notice(issue.kind(), TicketPrinter.Result.failed("")), "ticket-notice");
        notice.setId("ticket-notice");
        Label number = label(r.number(), "ticket-number");
        number.setId("ticket-number");
        Label service = label(r.serviceLetter() + "  " + r.serviceName(), "ticket-service");
        Label time = label(messages.get("queue.issuedAt", TIME.format(r.issuedAt())), "hint");
        VBox card = new VBox(number, service, time);
        card.getStyleClass().add("ticket-card");
        card.setAlignment(Pos.CENTER);
        card.setMinWidth(Region.USE_PREF_SIZE);
        VBox details = new VBox();
        details.getStyleClass().add("ticket-details");
        if (r.priority()) {
            details.getChildren().add(label(messages.get("queue.priorityLane"), "ticket-priority"));
        }
        holder.ifPresent(name -> details.getChildren().add(label(messages.get("queue.ticketHolder", name),
                "ticket-holder")));
        details.getChildren().addAll(
                label(messages.get("queue.peopleAhead", r.peopleAhead()) + messages.get("queue.detailsSeparator")
                        + messages.get("queue.estimatedWait", r.estimatedWaitMinutes()), "ticket-wait"),
                label(messages.get("queue.goToWindows", r.windows().stream().map(String::valueOf)
                        .collect(Collectors.joining("、"))), "ticket-windows"));
        ImageView qr = new ImageView(QrImages.image(r.qrText(), QR_SIZE));
        Label qrHint = label(messages.get("queue.scanToFollow"), "hint");
        qrHint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox code = new VBox(8, qr, qrHint);
        code.setAlignment(Pos.CENTER);
        // As wide as the code: its hint wraps under it rather than taking the details' room.
        code.setMinWidth(QR_SIZE);
        code.setPrefWidth(QR_SIZE);
        code.setMaxWidth(QR_SIZE);
        Pane body;
        if (portrait) {
            VBox column = new VBox(24, card, details, code);
            column.setAlignment(Pos.TOP_CENTER);
            body = column;
        } else {
            HBox.setHgrow(details, Priority.ALWAYS);
            HBox row = new HBox(32, card, details, code);
            row.setAlignment(Pos.CENTER_LEFT);
            body = row;
        }
        node = new VBox(20, notice, body);
    }

    /** The QR's side in pixels: a phone reads it at arm's length; the short landscape screen has room for it. */
    private static final int QR_SIZE = 200;

    /** How the print went (UI thread): take the slip, or, in red, why it did not print so the number is noted. */
    public void printed(TicketPrinter.Result print) {
        printFailure = print.failure();
        notice.setText(notice(issue.kind(), print));
        if (!print.printed() && issue.kind() == IssueResult.Kind.ISSUED) {
            // The one look of an error on every page (Notices), as the printer failing under a statement has.
            notice.getStyleClass().addAll("printer-down", org.xiangli.kiosk.ui.Notices.ERROR);
        }
    }

    private String notice(IssueResult.Kind kind, TicketPrinter.Result print) {
        return switch (kind) {
            case ALREADY_WAITING -> messages.get("queue.alreadyWaiting");
            case REPEATED_REQUEST -> messages.get("queue.ticketPrinted");
            case ISSUED -> print.printed() ? printed(print.paperNearEnd()) : notPrinted();
        };
    }

    private String printed(boolean paperNearEnd) {
        return messages.get(paperNearEnd ? "queue.ticketPrinted.paperLow" : "queue.ticketPrinted");
    }

    private String notPrinted() {
        return printFailure.flatMap(f -> PrinterReasons.text(messages, f))
                .map(why -> messages.get("queue.printerDown.because", why))
                .orElseGet(() -> messages.get("queue.printerDown"));
    }

    /** Why the printer did not print the ticket (缺纸, 开盖, 离线…); empty when it did, or no printer was asked. */
    public Optional<PrintFailure> printFailure() {
        return printFailure;
    }

    /**
     * What the kiosk says when no slip came out: why (打印机缺纸…, or that the villager already has this ticket),
     * then the number, digit by digit, and the people ahead.
     */
    public static String spokenNumber(Messages messages, TicketOutcome outcome) {
        String number = messages.get("queue.speakTicket", CallAnnouncer.spelled(outcome.receipt().number()),
                outcome.receipt().peopleAhead());
        String why = switch (outcome.issue().kind()) {
            case ALREADY_WAITING -> messages.get("queue.speakAlreadyWaiting");
            case REPEATED_REQUEST -> "";
            case ISSUED -> outcome.print().failure().flatMap(f -> PrinterReasons.text(messages, f))
                    .map(reason -> messages.get("queue.speakPrinterDown", reason))
                    .orElseGet(() -> messages.get("queue.speakPrinterDown", messages.get("printer.failure.FAULT")));
        };
        return why + number;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    @Override
    public String title() {
        return messages.get("queue.yourNumber");
    }

    @Override
    public Node view() {
        return node;
    }
}
