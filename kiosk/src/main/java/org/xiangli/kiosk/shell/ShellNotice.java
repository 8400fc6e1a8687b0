package org.xiangli.kiosk.shell;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A short notice over the page, at its {@code where} (the page stays as it was): the session about to end (身份证已取走，
 * 10 秒后返回首页; 继续使用？), an expired ID card. Its words can change while it shows (the seconds counting down)
 * without it being rebuilt; an optional button answers it.
 */
final class ShellNotice {

    /** Narrower than the narrowest screen (1080 px portrait) with room to spare. */
    private static final double MAX_WIDTH = 900;

    private final StackPane layers;
    private final Pos where;
    private final String style;
    private final Label text = new Label();
    private VBox node;

    ShellNotice(StackPane layers, Pos where, String style) {
        this.layers = layers;
        this.where = where;
        this.style = style;
        text.setWrapText(true);
        text.getStyleClass().add("shell-notice-text");
    }

    /** Shows {@code words}, with a button of {@code answer} when given; a notice already showing just changes words. */
    void show(String words, Optional<String> answer, Runnable onAnswer) {
        text.setText(words);
        if (node != null) {
            return;
        }
        node = new VBox(12, text);
        answer.ifPresent(a -> {
            Button button = new Button(a);
            button.getStyleClass().addAll("primary", "shell-notice-answer");
            button.setWrapText(true);
            button.setOnAction(e -> onAnswer.run());
            node.getChildren().add(button);
        });
        node.getStyleClass().addAll("card-hint", "shell-notice", style);
        node.setAlignment(Pos.CENTER_LEFT);
        node.setMaxSize(MAX_WIDTH, Region.USE_PREF_SIZE);
        StackPane.setAlignment(node, where);
        StackPane.setMargin(node, new Insets(24));
        layers.getChildren().add(node);
    }

    boolean showing() {
        return node != null;
    }

    void hide() {
        if (node != null) {
            layers.getChildren().remove(node);
            node = null;
        }
    }

    Node node() {
        return node;
    }
}
