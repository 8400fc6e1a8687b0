package org.xiangli.kiosk.payments.screens;

import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.model.PaymentItem;
import org.xiangli.kiosk.payments.model.PaymentRecord;
import org.xiangli.kiosk.payments.model.PaymentStatus;
import org.xiangli.kiosk.payments.PaymentsContext;
import org.xiangli.kiosk.payments.RecordGroups;
import org.xiangli.kiosk.payments.RecordWording;
import org.xiangli.kiosk.payments.StatementReceipt;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.ui.PagedView;
import org.xiangli.kiosk.ui.Notices;
import org.xiangli.kiosk.ui.PrinterReasons;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.KioskSession;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

/**
 * 缴费明细: masked identity, records grouped by item with totals and newest first, a payment QR under each unpaid
 * bill, and 打印明细. The payer is held here only; leaving, the idle countdown or the card going away drops it
 * and every node that showed it.
 */
public final class PaymentResultsScreen implements Screen, DeviceAware {

    private static final System.Logger LOG = System.getLogger(PaymentResultsScreen.class.getName());
    /** Small enough that a bill and its QR code fit a page of the 1280×800 screen in large text. */
    private static final int QR_SIZE = 180;

    private final Messages messages;
    private final PaymentsContext payments;
    private final LookupOutcome.Method method;
    private final VBox records = new VBox(12);
    private final Label printStatus = new Label();
    private final Button print = new Button();
    private final BorderPane node = new BorderPane();
    private Payer payer;
    private Optional<PrintFailure> printFailure = Optional.empty();
    /**
     * The print button and what the printer said (wide enough for "打印机缺纸，请联系工作人员" in two lines); in
     * landscape the column of who, as of when and the print button.
     */
    private static final double PRINT_COLUMN = 440;
    private final Consumer<String> say;

    /** @param say reads a text aloud (the kiosk's speech): why a statement did not print */
    public PaymentResultsScreen(Messages messages, KioskSession session, PaymentsContext payments,
            LookupOutcome.Found found, boolean portrait, Consumer<String> say) {
        this.say = say;
        this.messages = messages;
        this.payments = payments;
        this.method = found.method();
        this.payer = found.payer();
        Label identity = new Label(messages.get("payments.identity", payer.maskedName(), payer.idNumber().masked()));
        identity.getStyleClass().addAll("section-title", "payer-identity");
        identity.setWrapText(true);
        VBox top = new VBox(8, identity);
        if (!found.freshness().live()) {
            LocalDate day = found.freshness().asOf().atZone(payments.clock().getZone()).toLocalDate();
            String key = found.freshness().liveFailed() ? "payments.offline" : "payments.asOf";
            Label offline = new Label(messages.get(key, messages.shortDate(day)));
            offline.getStyleClass().addAll("hint", "payments-offline");
            offline.setWrapText(true);
            top.getChildren().add(offline);
        }
        print.setText(messages.get("payments.print"));
        print.getStyleClass().addAll("primary", "payments-print");
        print.setMinWidth(Button.USE_PREF_SIZE);
        print.setOnAction(e -> print());
        printStatus.setWrapText(true);
        printStatus.getStyleClass().add("hint");
        printStatus.setMaxWidth(Double.MAX_VALUE);
        if (portrait) {
            // Upright: who and the print button side by side above the records.
            VBox actions = new VBox(8, print, printStatus);
            actions.setAlignment(Pos.TOP_RIGHT);
            actions.setPrefWidth(PRINT_COLUMN);
            actions.setMinWidth(Region.USE_PREF_SIZE);
            printStatus.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
            HBox.setHgrow(top, Priority.ALWAYS);
            HBox head = new HBox(24, top, actions);
            head.setAlignment(Pos.TOP_LEFT);
            BorderPane.setMargin(head, new javafx.geometry.Insets(0, 0, 12, 0));
            node.setTop(head);
        } else {
            // Landscape: who, as of when and the print button in a column at the left, so the records get the
            // whole height of the page (on 1280×800 in large text a bill and its QR code need all of it).
            top.getChildren().addAll(print, printStatus);
            top.setPrefWidth(PRINT_COLUMN);
            top.setMinWidth(Region.USE_PREF_SIZE);
            top.setMaxWidth(PRINT_COLUMN);
            BorderPane.setMargin(top, new javafx.geometry.Insets(0, 32, 0, 0));
            node.setLeft(top);
        }
        printStatus.managedProperty().bind(printStatus.textProperty().isNotEmpty());
        fill(found.payer().records(), portrait);
        node.setCenter(new PagedView(records, messages).node());
        session.onWipe(this::forget);
    }

    private void fill(List<PaymentRecord> list, boolean portrait) {
        if (list.isEmpty()) {
            records.getChildren().add(new Label(messages.get("payments.noRecords")));
            return;
        }
        for (Map.Entry<PaymentItem, List<PaymentRecord>> group : RecordGroups.of(list).entrySet()) {
            // 已缴 and 待缴 apart: one 合计 would add money paid to money owed.
            Label title = new Label(RecordWording.groupTitle(messages, group.getKey(), group.getValue()));
            title.getStyleClass().addAll("section-title", "payments-group");
            title.setWrapText(true);
            // An item's records continued on the next page keep its name above them.
            String continued = messages.get("pager.continued", messages.get(group.getKey().messageKey()));
            VBox section = PagedView.continued(new VBox(12, title), () -> {
                Label repeat = new Label(continued);
                repeat.getStyleClass().addAll("section-title", "payments-group", "continued-title");
                repeat.setWrapText(true);
                return repeat;
            });
            for (PaymentRecord r : group.getValue()) {
                section.getChildren().add(row(r, portrait));
            }
            records.getChildren().add(section);
        }
    }

    private Node row(PaymentRecord r, boolean portrait) {
        Label line = new Label(messages.get("payments.record", RecordWording.period(messages, r.period()),
                PaymentRecord.yuan(r.amountFen()),
                messages.get(r.status().messageKey())));
        line.setWrapText(true);
        line.getStyleClass().add("payments-line");
        line.getStyleClass().add(r.status() == PaymentStatus.UNPAID || r.status() == PaymentStatus.FAILED
                ? "error-text" : "payments-record");
        Label date = new Label(RecordWording.dateLine(messages, r));
        date.getStyleClass().add("hint");
        date.setWrapText(true);
        VBox text = PagedView.keepTogether(new VBox(4, line, date));
        if (!r.payable()) {
            return text;
        }
        Label scan = new Label(messages.get("payments.payByPhone"));
        scan.getStyleClass().add("ok-text");
        scan.setWrapText(true);
        VBox qr = new VBox(4, PaymentQrView.of(r.payUrl(), QR_SIZE), scan);
        qr.setAlignment(Pos.CENTER);
        // Beside its bill in landscape (not at the far edge, where the eye would not connect the two).
        // A bill and its QR code are one block: a page never shows the one without the other.
        return portrait ? PagedView.keepTogether(new VBox(8, text, qr)) : new HBox(48, text, qr);
    }

    private void print() {
        if (payer == null) {
            return;
        }
        Notices.hint(printStatus, messages.get("payments.printing"));
        print.setDisable(true);
        payments.printer().print(StatementReceipt.of(payer, messages, payments.stationName(),
                        ZonedDateTime.now(payments.clock())))
                .whenComplete((result, error) -> payments.ui().execute(() -> {
                    print.setDisable(payer == null);
                    if (error != null || !result.complete()) {
                        // The cause is about the printer, never about the payer.
                        LOG.log(Level.WARNING, "statement not printed: {0}", error != null ? error.toString()
                                : result.statusAfter());
                        PrintFailure failure = error != null ? PrintFailure.of(error)
                                : result.failure().orElse(PrintFailure.FAULT);
                        printFailure = Optional.of(failure);
                        String why = PrinterReasons.text(messages, failure)
                                .map(r -> messages.get("payments.printFailed.because", r))
                                .orElseGet(() -> messages.get("payments.printFailed"));
                        // As every error shows: red, and said too (the villager may be looking at the printer).
                        Notices.error(printStatus, why, say);
                    } else {
                        printFailure = Optional.empty();
                        Notices.ok(printStatus, messages.get("payments.printed"));
                    }
                }));
    }

    public Button printButton() {
        return print;
    }

    public Label printStatus() {
        return printStatus;
    }

    /** Why the last print did not come out (缺纸, 开盖, 离线…); empty when it did, or before any print. */
    public Optional<PrintFailure> printFailure() {
        return printFailure;
    }

    /** Whether the screen still holds a payer (false once the session ended). */
    public boolean holdsPayer() {
        return payer != null;
    }

    private void forget() {
        payer = null;
        records.getChildren().clear();
        node.getChildren().clear();
    }

    /** The card of the payer shown, laid back on the reader, is simply back; another card gets the shell's hint. */
    @Override
    public boolean onCardRead(IdentityCard card) {
        return payer != null && payer.idNumber().equals(card.idNumber());
    }

    @Override
    public boolean endsWhenCardLeaves() {
        return method == LookupOutcome.Method.CARD;
    }

    @Override
    public String title() {
        return messages.get("payments.results.title");
    }

    @Override
    public Node view() {
        return node;
    }

    @Override
    public void leave() {
        forget();
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return Optional.of(payments.idle());
    }
}
