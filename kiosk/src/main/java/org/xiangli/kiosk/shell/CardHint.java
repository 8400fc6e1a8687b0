package org.xiangli.kiosk.shell;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The gentle hint for a card laid on the reader where the page has no use for it: "已读取 王*英 的身份证。这一页用不到
 * 身份证", and one button that takes the card to the chooser (取号 / 查缴费). It sits at the bottom, over the page,
 * which stays as it was; it goes with the next page, or after {@link #SECONDS} seconds. The card lives only in the
 * button's action, so it goes with the hint.
 */
final class CardHint {

    static final int SECONDS = 15;
    /** Narrower than the narrowest screen (1080 px portrait) with room to spare. */
    private static final double MAX_WIDTH = 900;

    private final StackPane layers;
    private VBox node;
    private int secondsLeft;

    CardHint(StackPane layers) {
        this.layers = layers;
    }

    /** Shows the hint for {@code card} (replacing one shown); {@code useCard} opens the chooser for it. */
    void show(Messages messages, IdentityCard card, Consumer<IdentityCard> useCard) {
        hide();
        Label text = new Label(messages.get("card.hint", card.maskedName()));
        text.setWrapText(true);
        text.getStyleClass().add("card-hint-text");
        Button go = new Button(messages.get("card.hint.go"));
        go.getStyleClass().addAll("primary", "card-hint-go");
        go.setWrapText(true);
        go.setOnAction(e -> {
            hide();
            useCard.accept(card);
        });
        node = new VBox(12, text, go);
        node.getStyleClass().add("card-hint");
        node.setAlignment(Pos.CENTER_LEFT);
        node.setMaxSize(MAX_WIDTH, Region.USE_PREF_SIZE);
        StackPane.setAlignment(node, Pos.BOTTOM_CENTER);
        StackPane.setMargin(node, new Insets(24));
        layers.getChildren().add(node);
        secondsLeft = SECONDS;
    }

    /** One second passed: the hint goes when its time is up. */
    void tick() {
        if (node != null && --secondsLeft <= 0) {
            hide();
        }
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
