package org.xiangli.kiosk.payments.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

/**
 * 缴费查询 on a kiosk that cannot read its payments data key (not enrolled, or the key is missing): says so in
 * plain words instead of failing. The technician finds the reason in the journal and in {@code kioskctl diag}.
 */
public final class PaymentsUnavailableScreen implements Screen {

    private final Messages messages;
    private final VBox node = new VBox(24);

    public PaymentsUnavailableScreen(Messages messages) {
        this.messages = messages;
        Label title = new Label(messages.get("payments.unavailable.title"));
        title.getStyleClass().add("lookup-wait-title");
        title.setWrapText(true);
        Label hint = new Label(messages.get("payments.unavailable.hint"));
        hint.getStyleClass().add("lookup-wait-hint");
        hint.setWrapText(true);
        node.getStyleClass().add("lookup-wait");
        node.getChildren().addAll(title, hint);
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
