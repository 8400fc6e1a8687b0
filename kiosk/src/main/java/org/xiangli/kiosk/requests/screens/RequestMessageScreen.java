package org.xiangli.kiosk.requests.screens;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.xiangli.hal.audio.Microphone;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.requests.RequestTopic;
import org.xiangli.kiosk.requests.RequestsContext;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/**
 * The request itself: a short voice message when a microphone is plugged in (开始录音 / 停止录音, at most a minute),
 * or one of the topic's common phrases. A recording not handed on is deleted when the page is left.
 */
final class RequestMessageScreen implements Screen {

    private static final System.Logger LOG = System.getLogger(RequestMessageScreen.class.getName());
    static final Duration LONGEST = Duration.ofSeconds(60);

    private final Messages messages;
    private final RequestsContext station;
    private final VBox page = new VBox(16);
    private final Label status = new Label();
    private final Button record = new Button();
    private final Button useVoice = new Button();
    private final Timeline ticker;
    private Microphone.Recording recording;
    private Path file;
    private int seconds;

    RequestMessageScreen(Messages messages, RequestsContext station, RequestTopic topic, RequestsPages pages,
                         Navigator navigator) {
        this.messages = messages;
        this.station = station;
        Label prompt = new Label(messages.get(topic.messageKey()) + "：" + messages.get("request.chooseMessage"));
        prompt.getStyleClass().add("section-title");
        prompt.setWrapText(true);
        page.getChildren().add(prompt);
        status.setWrapText(true);
        status.getStyleClass().add("hint");
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        if (station.microphone().present()) {
            record.setText(messages.get("request.recordStart"));
            record.getStyleClass().addAll("primary", "request-record");
            record.setWrapText(true);
            record.setOnAction(e -> toggle());
            useVoice.setText(messages.get("errand.next"));
            useVoice.getStyleClass().add("request-use-voice");
            useVoice.setDisable(true);
            useVoice.setOnAction(e -> {
                navigator.open(pages.phone(topic, "", Optional.of(file)));
            });
            HBox row = new HBox(20, record, useVoice);
            page.getChildren().addAll(row, status);
        } else {
            status.setText(messages.get("request.noMicrophone"));
            page.getChildren().add(status);
        }
        for (String key : topic.phraseKeys()) {
            Button phrase = new Button(messages.get(key));
            phrase.getStyleClass().add("request-phrase");
            phrase.setWrapText(true);
            phrase.setMaxWidth(Double.MAX_VALUE);
            phrase.setOnAction(e -> navigator.open(pages.phone(topic, key, Optional.empty())));
            page.getChildren().add(phrase);
        }
        navigator.session().onWipe(this::discard);
    }

    private void toggle() {
        if (recording == null) {
            try {
                discard();
                file = station.desk().newRecordingFile();
                recording = station.microphone().start(file, LONGEST);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot record: {0}", e.getMessage());
                status.setText(messages.get("request.noMicrophone"));
                recording = null;
                return;
            }
            seconds = 0;
            status.setText(messages.get("request.recording", 0));
            record.setText(messages.get("request.recordStop"));
            useVoice.setDisable(true);
            ticker.playFromStart();
        } else {
            stop();
        }
    }

    private void tick() {
        seconds++;
        status.setText(messages.get("request.recording", seconds));
        if (seconds >= LONGEST.toSeconds()) {
            stop();
        }
    }

    private void stop() {
        ticker.stop();
        Microphone.Recording r = recording;
        recording = null;
        record.setText(messages.get("request.recordStart"));
        if (r == null) {
            return;
        }
        try {
            Duration length = r.stop();
            status.setText(messages.get("request.recorded", Math.max(1, length.toSeconds())));
            useVoice.setDisable(false);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the recording failed: {0}", e.getMessage());
            status.setText(messages.get("request.noMicrophone"));
        }
    }

    /** Deletes a recording that was not submitted (the villager went home or away). */
    private void discard() {
        ticker.stop();
        if (recording != null) {
            recording.discard();
            recording = null;
        } else if (file != null) {
            // A submitted recording was moved away by the desk: only one never submitted is still here.
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot delete an unused recording: {0}", e.getMessage());
            }
        }
        file = null;
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
        discard();
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return Optional.of(station.idle());
    }
}
