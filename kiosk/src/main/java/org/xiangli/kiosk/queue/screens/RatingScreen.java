package org.xiangli.kiosk.queue.screens;

import org.xiangli.kiosk.queue.PendingRating;
import org.xiangli.kiosk.queue.QueueException;
import org.xiangli.kiosk.queue.QueueService;

import java.lang.System.Logger.Level;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

/**
 * 请对本次服务进行评价: the five national levels as five big buttons, for the ticket just finished at a window.
 * A rating after the rating time has run out counts as not rated; the villager is thanked either way.
 */
public final class RatingScreen implements Screen {

    private static final System.Logger LOG = System.getLogger(RatingScreen.class.getName());

    private final Messages messages;
    private final VBox node;

    /** @param portrait upright screens stack the five levels; landscape ones put them in one row */
    public RatingScreen(Messages messages, QueueService queue, PendingRating pending, Runnable done,
                        boolean portrait) {
        this.messages = messages;
        Label prompt = new Label(messages.get("queue.rate.prompt"));
        prompt.getStyleClass().add("section-title");
        Label which = new Label(messages.get("queue.rate.ticket", String.valueOf(pending.window()),
                pending.ticket()));
        which.getStyleClass().add("hint");
        Pane buttons = portrait ? new VBox(14) : new HBox(16);
        buttons.getStyleClass().addAll("rating-buttons", portrait ? "rating-column" : "rating-row");
        Label thanks = new Label(messages.get("queue.rate.thanks"));
        thanks.getStyleClass().add("ticket-notice");
        // Takes no room until it shows: the short 1280×800 screen needs that room for the five buttons.
        thanks.setVisible(false);
        thanks.managedProperty().bind(thanks.visibleProperty());
        for (int level = 5; level >= 1; level--) {
            int chosen = level;
            Button b = new Button(messages.get("web.rating." + level));
            b.setId("rate-" + level);
            b.setWrapText(true);
            b.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, javafx.scene.layout.Priority.ALWAYS);
            b.setOnAction(e -> {
                try {
                    queue.rate(pending.window(), chosen);
                } catch (QueueException ex) {
                    LOG.log(Level.INFO, "rating for {0} came too late: not rated", pending.ticket());
                }
                buttons.setDisable(true);
                thanks.setVisible(true);
                // Long enough to read the thanks, then the kiosk is free for the next villager.
                PauseTransition pause = new PauseTransition(Duration.seconds(3));
                pause.setOnFinished(x -> done.run());
                pause.play();
            });
            buttons.getChildren().add(b);
        }
        node = new VBox(18, prompt, which, buttons, thanks);
        node.setAlignment(Pos.TOP_CENTER);
    }

    @Override
    public String title() {
        return messages.get("queue.rate.title");
    }

    @Override
    public Node view() {
        return node;
    }
}
