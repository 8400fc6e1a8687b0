package org.xiangli.kiosk.requests.screens;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.requests.Request;
import org.xiangli.kiosk.requests.RequestsContext;
import org.xiangli.kiosk.ui.Screen;

/** The request is in: its number and check code in large type, whether the slip printed, said aloud. */
final class RequestSubmittedScreen implements Screen {

    private final Messages messages;
    private final RequestsContext station;
    private final VBox page = new VBox(20);

    RequestSubmittedScreen(Messages messages, RequestsContext station, Request request, Optional<String> notPrinted) {
        this.messages = messages;
        this.station = station;
        Label done = new Label(messages.get("request.submitted"));
        done.getStyleClass().add("section-title");
        Label number = new Label(messages.get("request.submitted.number", request.number(), request.checkCode()));
        number.getStyleClass().add("request-number");
        number.setWrapText(true);
        Label printed = new Label(notPrinted.orElseGet(() -> messages.get("request.submitted.printed")));
        printed.setWrapText(true);
        printed.getStyleClass().add(notPrinted.isPresent() ? "error-text" : "ok-text");
        page.getChildren().addAll(done, number, printed);
        station.speech().speak(messages.get("request.submitted.spoken", request.number())
                + notPrinted.map(w -> "。" + w).orElse(""));
    }

    @Override
    public String title() {
        return messages.get("request.title");
    }

    @Override
    public Node view() {
        return page;
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
