package org.xiangli.kiosk.errands.screens;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.errands.Errand;
import org.xiangli.kiosk.errands.ErrandState;
import org.xiangli.kiosk.errands.ErrandView;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.ui.PagedView;
import org.xiangli.kiosk.ui.Screen;

/**
 * The villager's errands in large type: the service, where it stands (需补材料 says what is missing), the number and
 * the dates; 朗读 reads one aloud. The masked name only. Wiped (the page left) on the way home.
 */
final class ErrandResultsScreen implements Screen {

    private final Messages messages;
    private final Speech speech;
    private final Duration idle;
    private final PagedView paged;
    private final java.time.ZoneId zone;

    ErrandResultsScreen(Messages messages, List<ErrandView> errands, Speech speech, Duration idle,
                        java.time.ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.speech = speech;
        this.idle = idle;
        VBox list = new VBox(16);
        if (!errands.isEmpty()) {
            Label who = new Label(errands.getFirst().maskedName());
            who.getStyleClass().add("section-title");
            list.getChildren().add(who);
        }
        for (ErrandView view : errands) {
            list.getChildren().add(card(view));
        }
        paged = new PagedView(list, messages);
    }

    private Node card(ErrandView view) {
        Errand e = view.errand();
        Label service = new Label(e.service());
        service.getStyleClass().add("errand-service");
        service.setWrapText(true);
        Label state = new Label(messages.get(e.state().messageKey()));
        state.getStyleClass().addAll("errand-state", "errand-state-" + e.state().name().toLowerCase(
                java.util.Locale.ROOT));
        state.setWrapText(true);
        Label dates = new Label(messages.get("errand.number") + " " + e.number() + "    "
                + messages.get("errand.registered") + " " + messages.date(e.registeredAt().atZone(
                zone).toLocalDate()) + "    " + messages.get("errand.promised") + " "
                + messages.date(e.promised()));
        dates.setWrapText(true);
        dates.getStyleClass().add("errand-dates");
        Button read = new Button(messages.get("errand.readAloud"));
        read.getStyleClass().add("errand-read");
        read.setMinWidth(Region.USE_PREF_SIZE);
        read.setOnAction(x -> speech.speak(spoken(view)));
        VBox text = new VBox(8, service, state);
        if (e.state() == ErrandState.NEEDS_MATERIALS && !e.missing().isEmpty()) {
            Label missing = new Label(messages.get("errand.missing", e.missing()));
            missing.getStyleClass().add("error-text");
            missing.setWrapText(true);
            text.getChildren().add(missing);
        } else if (e.state() == ErrandState.DONE) {
            Label done = new Label(messages.get("errand.done"));
            done.getStyleClass().add("ok-text");
            done.setWrapText(true);
            text.getChildren().add(done);
        }
        text.getChildren().add(dates);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox card = new HBox(24, text, read);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("errand-card");
        return card;
    }

    String spoken(ErrandView view) {
        Errand e = view.errand();
        String said = messages.get("errand.spoken", e.service(), messages.get(e.state().messageKey()),
                messages.date(e.promised()));
        if (e.state() == ErrandState.NEEDS_MATERIALS && !e.missing().isEmpty()) {
            said += messages.get("errand.missing", e.missing());
        }
        return said;
    }

    @Override
    public String title() {
        return messages.get("errand.results.title");
    }

    @Override
    public Node view() {
        return paged.node();
    }

    @Override
    public void leave() {
        speech.stop();
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return Optional.of(idle);
    }
}
