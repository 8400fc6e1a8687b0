package org.xiangli.kiosk.queue.screens;

import org.xiangli.kiosk.queue.CallAnnouncer;
import org.xiangli.kiosk.queue.IssueResult;
import org.xiangli.kiosk.queue.TicketOutcome;
import org.xiangli.kiosk.queue.TicketReceipt;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.Optional;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.ui.PrinterReasons;
import org.xiangli.kiosk.ui.QrImages;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

/**
 * The ticket just taken: number (large), service, windows, people ahead, estimated wait, time and a QR code. When
 * it did not print, it says so in red, with the printer's reason (缺纸, 开盖, 离线), so the villager photographs or
 * remembers the number (it is also spoken) and staff know what to fix.
 */
public final class TicketScreen implements Screen {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final Optional<PrintFailure> printFailure;
    private final HBox node;

    public TicketScreen(Messages messages, TicketOutcome outcome) {
        this(messages, outcome, Optional.empty());
    }

    /** @param holder the masked name of the card holder the ticket was taken for (张*三), empty for none */
    public TicketScreen(Messages messages, TicketOutcome outcome, Optional<String> holder) {
        this.messages = messages;
        this.printFailure = outcome.print().failure();
        TicketReceipt r = outcome.receipt();
        Label caption = label(messages.get("queue.yourNumber"), "ticket-caption");
        Label number = label(r.number(), "ticket-number");
        number.setId("ticket-number");
        Label service = label(r.serviceLetter() + "  " + r.serviceName(), "ticket-service");
        Label ahead = label(messages.get("queue.peopleAhead", r.peopleAhead()), "ticket-wait");
        Label wait = label(messages.get("queue.estimatedWait", r.estimatedWaitMinutes()), "ticket-wait");
        Label windows = label(messages.get("queue.goToWindows", r.windows().stream().map(String::valueOf)
                .collect(Collectors.joining("、"))), "ticket-windows");
        Label time = label(messages.get("queue.issuedAt", TIME.format(r.issuedAt())), "hint");
        VBox card = new VBox(caption, number, service, ahead, wait, windows, time);
        card.getStyleClass().add("ticket-card");
        card.setAlignment(Pos.CENTER_LEFT);
        if (r.priority()) {
            card.getChildren().add(2, label(messages.get("queue.priorityLane"), "ticket-priority"));
        }
        holder.ifPresent(name -> card.getChildren().add(1, label(messages.get("queue.ticketHolder", name),
                "ticket-holder")));
        ImageView qr = new ImageView(QrImages.image(r.qrText(), 260));
        Label qrHint = label(messages.get("queue.scanToKeep"), "hint");
        Label notice = label(notice(outcome), "ticket-notice");
        notice.setId("ticket-notice");
        if (!outcome.print().printed() && outcome.issue().kind() == IssueResult.Kind.ISSUED) {
            notice.getStyleClass().add("printer-down");
        }
        VBox side = new VBox(16, notice, qr, qrHint);
        side.setAlignment(Pos.CENTER);
        side.setMaxWidth(420);
        node = new HBox(40, card, side);
        node.setAlignment(Pos.CENTER);
    }

    private String notice(TicketOutcome outcome) {
        return switch (outcome.issue().kind()) {
            case ALREADY_WAITING -> messages.get("queue.alreadyWaiting");
            case REPEATED_REQUEST -> messages.get("queue.ticketPrinted");
            case ISSUED -> outcome.print().printed() ? printed(outcome.print().paperNearEnd()) : notPrinted();
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
