package org.xiangli.kiosk.requests.screens;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.requests.Request;
import org.xiangli.kiosk.requests.RequestState;
import org.xiangli.kiosk.requests.RequestsContext;
import org.xiangli.kiosk.ui.PagedView;
import org.xiangli.kiosk.ui.Screen;

/** The request's state and, once answered, the answer in large type, with 朗读. */
final class RequestAnswerScreen implements Screen {

    private final Messages messages;
    private final RequestsContext station;
    private final PagedView paged;

    RequestAnswerScreen(Messages messages, RequestsContext station, Request request) {
        this.messages = messages;
        this.station = station;
        Label head = new Label(messages.get("request.number") + " " + request.number() + "  "
                + messages.get(request.topic().messageKey()));
        head.getStyleClass().add("section-title");
        head.setWrapText(true);
        Label state = new Label(messages.get(request.state().messageKey()));
        state.getStyleClass().add("errand-state");
        VBox box = new VBox(16, head, state);
        String spoken;
        if (request.state() == RequestState.ANSWERED) {
            Label answer = new Label(request.answer());
            answer.getStyleClass().add("request-answer");
            answer.setWrapText(true);
            Label when = new Label(messages.get("request.answer.by", messages.date(request.answeredAt().orElseThrow()
                    .atZone(station.zone()).toLocalDate())));
            when.getStyleClass().add("hint");
            box.getChildren().addAll(answer, when);
            spoken = request.answer();
        } else {
            Label waiting = new Label(messages.get("request.answer.waiting"));
            waiting.setWrapText(true);
            box.getChildren().add(waiting);
            spoken = messages.get("request.answer.waiting");
        }
        Button read = new Button(messages.get("errand.readAloud"));
        read.getStyleClass().add("errand-read");
        read.setOnAction(e -> station.speech().speak(spoken));
        box.getChildren().add(read);
        paged = new PagedView(box, messages);
    }

    @Override
    public String title() {
        return messages.get("request.answer.title");
    }

    @Override
    public Node view() {
        return paged.node();
    }

    @Override
    public void leave() {
        station.speech().stop();
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return Optional.of(station.idle());
    }
}
