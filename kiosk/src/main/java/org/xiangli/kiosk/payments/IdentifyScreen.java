package org.xiangli.kiosk.payments;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.shell.Messages;
import org.xiangli.kiosk.shell.Screen;
import org.xiangli.kiosk.shell.Screens;

/**
 * 缴费查询, first step: how the villager identifies. The card reader and the scanner reach this page through the
 * HAL; typing the number opens the keypad page.
 */
public final class IdentifyScreen implements Screen {

    private final Messages messages;
    private final VBox node = new VBox(20);

    public IdentifyScreen(Messages messages, Consumer<Screen> open, Screens screens) {
        this.messages = messages;
        Label prompt = new Label(messages.get("payments.chooseMethod"));
        prompt.getStyleClass().add("section-title");
        Label card = new Label(messages.get("payments.byCard") + "\n" + messages.get("payments.byCard.hint"));
        card.setWrapText(true);
        card.getStyleClass().add("entry-field");
        card.setMaxWidth(Double.MAX_VALUE);
        Button byNumber = new Button(messages.get("payments.byNumber"));
        byNumber.getStyleClass().addAll("primary", "by-number");
        byNumber.setMaxWidth(Double.MAX_VALUE);
        byNumber.setOnAction(e -> open.accept(screens.idNumberEntry()));
        Label qr = new Label(messages.get("payments.byQr") + "\n" + messages.get("payments.byQr.hint"));
        qr.setWrapText(true);
        qr.getStyleClass().add("entry-field");
        qr.setMaxWidth(Double.MAX_VALUE);
        node.getChildren().addAll(prompt, card, byNumber, qr);
    }

    @Override
    public String title() {
        return messages.get("payments.title");
    }

    @Override
    public Node view() {
        return node;
    }
}
