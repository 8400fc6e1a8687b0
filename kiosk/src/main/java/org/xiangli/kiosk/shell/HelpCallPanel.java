package org.xiangli.kiosk.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;

/**
 * What the villager sees after 呼叫工作人员: "工作人员马上就来", where to wait, and a countdown after which it goes by
 * itself (好的 closes it at once). It lies over the page, which stays as it was. The shell counts it down with its
 * one-second tick.
 */
final class HelpCallPanel {

    /** How long the panel stays: long enough to read twice and look round for staff. */
    static final int SECONDS = 60;

    private final StackPane layers;
    private StackPane node;
    private Label countdown;
    private Messages messages;
    private int secondsLeft;

    HelpCallPanel(StackPane layers) {
        this.layers = layers;
    }

    /** Shows the panel (again from the full countdown, when it shows already). */
    void show(Messages messages) {
        this.messages = messages;
        secondsLeft = SECONDS;
        if (node == null) {
            Label title = new Label(messages.get("helpCall.title"));
            title.getStyleClass().add("help-call-title");
            title.setWrapText(true);
            Label hint = new Label(messages.get("helpCall.hint"));
            hint.setWrapText(true);
            countdown = new Label();
            countdown.getStyleClass().add("hint");
            Button ok = new Button(messages.get("helpCall.close"));
            ok.getStyleClass().addAll("primary", "help-call-close");
            ok.setOnAction(e -> hide());
            VBox dialog = new VBox(20, title, hint, countdown, ok);
            dialog.getStyleClass().addAll("dialog", "help-call");
            dialog.setAlignment(Pos.CENTER);
            dialog.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            node = new StackPane(dialog);
            node.getStyleClass().add("overlay-scrim");
            layers.getChildren().add(node);
        }
        showCountdown();
    }

    /** One second passed: the panel goes when its time is up. */
    void tick() {
        if (node == null) {
            return;
        }
        if (--secondsLeft <= 0) {
            hide();
        } else {
            showCountdown();
        }
    }

    void hide() {
        if (node != null) {
            layers.getChildren().remove(node);
            node = null;
        }
    }

    boolean isShowing() {
        return node != null;
    }

    Node node() {
        return node;
    }

    private void showCountdown() {
        countdown.setText(messages.get("helpCall.countdown", secondsLeft));
    }
}
