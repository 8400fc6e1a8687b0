package org.xiangli.kiosk.queue.screens;

import org.xiangli.kiosk.queue.CardIdentity;
import org.xiangli.kiosk.queue.QueueException;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.TicketDesk;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.ui.Notices;
import org.xiangli.kiosk.ui.PagedView;

/**
 * One service's guide — documents to bring, steps, fees, time limit, windows — and the 取号 button. A press of
 * 取号 is one request: a double tap (the button is off while it runs) or a retry after a lost answer is the same
 * ticket, but once a ticket has been shown the next press — the next villager, come back with 返回上一页 — is a
 * new request, a new number and a new slip. An ID card laid on
 * the reader while it shows takes a ticket for its holder at once (priority by age, the same ticket again for a
 * holder who already waits); a card read before (the home page's chooser) goes with the 取号 button.
 */
public final class ServiceDetailScreen implements Screen, DeviceAware {

    private static final System.Logger LOG = System.getLogger(ServiceDetailScreen.class.getName());

    private final Messages messages;
    private final ServiceItem service;
    private final TicketDesk desk;
    private final Consumer<Screen> open;
    private final Speech speech;
    private final Executor ui;
    /** The request of the next press of 取号: kept after a failure (a retry), new once a ticket was shown. */
    private String requestId = UUID.randomUUID().toString();
    private final Button take;
    private final Label status;
    private final BorderPane node = new BorderPane();
    private final boolean portrait;
    /** The card holder the next ticket is for; empty for an anonymous ticket. Dropped when the page is left. */
    private Optional<IdentityCard> card;

    /** @param portrait how the screen stands, for the ticket page this page opens */
    public ServiceDetailScreen(Messages messages, ServiceItem service, TicketDesk desk, Consumer<Screen> open,
                               Speech speech, Executor ui, Optional<IdentityCard> card, boolean portrait) {
        this.portrait = portrait;
        this.messages = messages;
        this.service = service;
        this.desk = desk;
        this.open = open;
        this.speech = speech;
        this.ui = ui;
        this.card = card;
        take = new Button(messages.get("queue.take"));
        take.getStyleClass().addAll("primary", "take-ticket");
        take.setId("take-ticket");
        take.setOnAction(e -> takeTicket(requestId));
        status = new Label(card.map(c -> messages.get("queue.cardRead", c.maskedName()))
                .orElseGet(() -> messages.get("queue.takeHint")));
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.setMinWidth(0);
        // The button keeps its whole width (the stylesheet's minimum for buttons is less); the hint wraps instead.
        javafx.scene.layout.StackPane whole = new javafx.scene.layout.StackPane(take);
        whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox takeRow = new HBox(24, whole, status);
        takeRow.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(12);
        body.getChildren().add(line(messages.get("queue.windows", ServiceGuideScreen.windowList(service))));
        section(body, messages.get("queue.documents"), numbered(service.documents()));
        section(body, messages.get("queue.steps"), numbered(service.steps()));
        section(body, messages.get("queue.fees"), List.of(service.fees()));
        section(body, messages.get("queue.timeLimit"), List.of(service.timeLimit()));
        // The take button stays in place; the guide below it turns by pages.
        BorderPane.setMargin(takeRow, new Insets(0, 0, 12, 0));
        node.setTop(takeRow);
        node.setCenter(new PagedView(body, messages).node());
    }

    /**
     * A card read while this page shows: a ticket for its holder, now. A request of its own per card read, so a
     * second swipe of the same card is answered by the queue ("您已取号", the same ticket).
     */
    @Override
    public boolean onCardRead(IdentityCard read) {
        acceptCard(read);
        status.setText(messages.get("queue.takingByCard", read.maskedName()));
        takeTicket(UUID.randomUUID().toString());
        return true;
    }

    /** A card already on the reader as the page opens: the 取号 button will be for its holder; no ticket yet. */
    @Override
    public void onCardPresent(IdentityCard present) {
        acceptCard(present);
    }

    /** The next ticket (the 取号 button) is for this card's holder (on the UI thread). */
    public void acceptCard(IdentityCard read) {
        card = Optional.of(read);
        status.setText(messages.get("queue.cardRead", read.maskedName()));
    }

    private void takeTicket(String request) {
        take.setDisable(true);
        Optional<String> holder = card.map(IdentityCard::maskedName);
        Optional<CardIdentity> identity = card.map(c -> new CardIdentity(c.idNumber().value(), c.birthDate()));
        // The page opens as soon as the number is durable; the slip prints meanwhile and the page then says how.
        TicketScreen[] shown = new TicketScreen[1];
        desk.takeAsync(request, service, identity, issued -> ui.execute(() -> {
            if (request.equals(requestId)) {
                requestId = UUID.randomUUID().toString();
            }
            shown[0] = new TicketScreen(messages, issued, holder, portrait);
            open.accept(shown[0]);
        })).whenCompleteAsync((outcome, failure) -> {
            take.setDisable(false);
            if (failure != null) {
                showFailure(failure instanceof CompletionException ? failure.getCause() : failure);
                return;
            }
            if (!outcome.print().printed()) {
                speech.speak(TicketScreen.spokenNumber(messages, outcome));
            }
            if (shown[0] == null) {
                open.accept(new TicketScreen(messages, outcome, holder, portrait));
            } else {
                shown[0].printed(outcome.print());
            }
        }, ui);
    }

    @Override
    public void leave() {
        card = Optional.empty();
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof QueueException q && q.reason() == QueueException.Reason.DAY_FULL) {
            Notices.error(status, messages.get("queue.dayFull"), speech::speak);
        } else {
            LOG.log(Level.ERROR, "taking a ticket for service " + service.letter() + " failed", failure);
            Notices.error(status, messages.get("queue.takeFailed"), speech::speak);
        }
    }

    private static List<String> numbered(List<String> items) {
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i)).toList();
    }

    private static void section(VBox body, String title, List<String> lines) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        body.getChildren().add(heading);
        lines.forEach(l -> body.getChildren().add(line(l)));
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    @Override
    public String title() {
        return service.letter() + " " + service.name();
    }

    @Override
    public Node view() {
        return node;
    }
}
