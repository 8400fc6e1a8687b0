package org.xiangli.kiosk.requests.screens;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.requests.Request;
import org.xiangli.kiosk.requests.RequestsContext;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/** 查看答复: scan the slip's QR, or type its number (then the check code). */
final class RequestCheckScreen implements Screen, DeviceAware {

    private static final System.Logger LOG = System.getLogger(RequestCheckScreen.class.getName());

    private final Messages messages;
    private final RequestsContext station;
    private final Navigator navigator;
    private final RequestsPages pages;
    private final VBox page = new VBox(20);
    private final Label feedback = new Label();
    private int generation;

    RequestCheckScreen(Messages messages, RequestsContext station, RequestsPages pages, Navigator navigator) {
        this.messages = messages;
        this.station = station;
        this.pages = pages;
        this.navigator = navigator;
        Label prompt = new Label(messages.get("request.check.prompt"));
        prompt.getStyleClass().add("section-title");
        prompt.setWrapText(true);
        Button type = new Button(messages.get("request.check.enterNumber"));
        type.getStyleClass().addAll("primary", "by-number");
        type.setWrapText(true);
        type.setMaxWidth(Double.MAX_VALUE);
        type.setOnAction(e -> navigator.open(pages.numberEntry()));
        feedback.setWrapText(true);
        feedback.getStyleClass().add("error-text");
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        feedback.visibleProperty().bind(feedback.textProperty().isNotEmpty());
        page.getChildren().addAll(prompt, type, feedback);
    }

    @Override
    public void onCodeScanned(String text) {
        int asked = ++generation;
        feedback.setText("");
        find(station, () -> station.desk().byCode(text), found -> {
            if (asked == generation) {
                navigator.open(pages.answer(found));
            }
        }, () -> {
            if (asked == generation) {
                feedback.setText(messages.get("request.check.none"));
            }
        });
    }

    /** Looks a request up off the UI thread; the answer (or none) comes back on it. */
    static void find(RequestsContext s, Supplier<Optional<Request>> query, Consumer<Request> found, Runnable none) {
        try {
            s.work().execute(() -> {
                Optional<Request> r;
                try {
                    r = query.get();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "request lookup failed", e);
                    r = Optional.empty();
                }
                Optional<Request> answer = r;
                s.ui().execute(() -> answer.ifPresentOrElse(found, none));
            });
        } catch (RejectedExecutionException e) {
            none.run();
        }
    }

    @Override
    public String title() {
        return messages.get("request.menu.check");
    }

    @Override
    public Node view() {
        return page;
    }

    @Override
    public void leave() {
        generation++;
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return Optional.of(station.idle());
    }
}
