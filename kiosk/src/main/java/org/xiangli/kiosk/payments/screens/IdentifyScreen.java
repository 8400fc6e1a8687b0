package org.xiangli.kiosk.payments.screens;

import org.xiangli.kiosk.payments.PaymentsContext;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.KioskSession;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Instruction;
import org.xiangli.kiosk.ui.Screen;

/**
 * 缴费查询, first step: how the villager identifies. A card on the reader or a bill QR at the scanner reaches this
 * page through {@link DeviceAware}; typing the number opens the keypad page.
 */
public final class IdentifyScreen implements Screen, DeviceAware {

    private final Messages messages;
    private final PaymentsContext payments;
    private final Label feedback = new Label();
    private final VBox page = new VBox(20);
    private final LookupWaitPanel wait;
    private final PageLookup lookup;

    public IdentifyScreen(Messages messages, Consumer<Screen> open, PaymentsPages screens, PaymentsContext payments,
            KioskSession session) {
        this.messages = messages;
        this.payments = payments;
        Label prompt = new Label(messages.get("payments.chooseMethod"));
        prompt.getStyleClass().add("section-title");
        // What to do with the reader and the scanner: instructions, not boxes that look like fields or buttons.
        Instruction card = new Instruction(Instruction.Icon.ID_CARD, messages.get("payments.byCard"),
                messages.get("payments.byCard.hint"));
        Button byNumber = new Button(messages.get("payments.byNumber"));
        byNumber.getStyleClass().addAll("primary", "by-number");
        byNumber.setMaxWidth(Double.MAX_VALUE);
        byNumber.setOnAction(e -> open.accept(screens.idNumberEntry()));
        Instruction qr = new Instruction(Instruction.Icon.QR_CODE, messages.get("payments.byQr"),
                messages.get("payments.byQr.hint"));
        feedback.setWrapText(true);
        feedback.getStyleClass().add("error-text");
        feedback.setMaxWidth(Double.MAX_VALUE);
        // Takes room only when it has something to say: 1280×800 has none to spare.
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        feedback.visibleProperty().bind(feedback.textProperty().isNotEmpty());
        page.getChildren().addAll(prompt, card, byNumber, qr, feedback);
        wait = new LookupWaitPanel(messages, page);
        lookup = new PageLookup(payments, wait, feedback::setText, messages, open, screens);
        session.onWipe(this::forget);
    }

    @Override
    public boolean onCardRead(IdentityCard card) {
        lookup.start(() -> payments.desk().byCard(card));
        return true;
    }

    @Override
    public void onCodeScanned(String text) {
        lookup.start(() -> payments.desk().byBillCode(text));
    }

    /** Whether a lookup is running (the "正在查询…" cover is up). */
    public boolean isWaiting() {
        return lookup.isWaiting();
    }

    private void forget() {
        lookup.cancel();
        feedback.setText("");
    }

    public Label feedback() {
        return feedback;
    }

    @Override
    public String title() {
        return messages.get("payments.title");
    }

    @Override
    public Node view() {
        return wait.node();
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
