package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the technician PIN opens: the content status (why a sync or an import was refused) and the way out of the
 * kiosk program. Like every page it returns home when left idle, so it is never left open for a villager.
 */
final class TechnicianMenuScreen implements Screen {

    private final Messages messages;
    private final VBox node = new VBox(24);

    TechnicianMenuScreen(Messages messages, Runnable openContentStatus, Runnable exit) {
        this.messages = messages;
        Label hint = new Label(messages.get("technicianMenu.hint"));
        hint.setWrapText(true);
        Button status = new Button(messages.get("technicianMenu.contentStatus"));
        status.getStyleClass().addAll("primary", "technician-content-status", "technician-menu-button");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setOnAction(e -> openContentStatus.run());
        Button leave = new Button(messages.get("technicianMenu.exit"));
        leave.getStyleClass().addAll("technician-exit", "technician-menu-button");
        leave.setMaxWidth(Double.MAX_VALUE);
        leave.setOnAction(e -> exit.run());
        node.getChildren().addAll(hint, status, leave);
        node.setMaxWidth(720);
    }

    @Override
    public String title() {
        return messages.get("technicianMenu.title");
    }

    @Override
    public Node view() {
        return node;
    }
}
