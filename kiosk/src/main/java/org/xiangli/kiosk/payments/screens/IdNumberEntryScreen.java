package org.xiangli.kiosk.payments.screens;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.kiosk.ui.KioskSession;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.ui.NumericKeypad;

/**
 * Typing the 18-character ID number on the numeric pad (with an X key). The check character is verified as soon
 * as the 18th character is typed, and a wrong birth date as soon as its digits are in. The number lives in the
 * session: returning home wipes it from the screen and from memory the UI can reach.
 */
public final class IdNumberEntryScreen implements Screen {


    private final Messages messages;
    private final KioskSession session;
    private final StringProperty number = new SimpleStringProperty("");
    private final Label field = new Label();
    private final Label feedback = new Label();
    private final Pane node;
    private final Button next = new Button();
    private final Duration idle;

    public IdNumberEntryScreen(Messages messages, KioskSession session, boolean portrait, Consumer<Screen> open,
            PaymentsPages screens, Duration idle) {
        this.messages = messages;
        this.session = session;
        this.idle = idle;
        next.getStyleClass().addAll("primary", "id-number-next");
        next.setMaxWidth(Double.MAX_VALUE);
        next.setDisable(true);
        next.setOnAction(e -> open.accept(screens.phoneDigits(number.get())));
        Label prompt = new Label(messages.get("payments.enterNumber"));
        prompt.getStyleClass().add("section-title");
        field.getStyleClass().addAll("entry-field", "id-number-field");
        field.setMaxWidth(Double.MAX_VALUE);
        field.textProperty().bind(number);
        feedback.setWrapText(true);
        NumericKeypad keypad = new NumericKeypad(number, 18, true, messages);
        keypad.setMaxWidth(VBox.USE_PREF_SIZE);
        number.addListener((o, was, is) -> onChange(is));
        VBox entry = new VBox(16, prompt, field, feedback, next);
        if (portrait) {
            entry.getChildren().add(keypad);
            entry.setAlignment(Pos.TOP_CENTER);
            node = entry;
        } else {
            // Landscape screens are short (800 px on 1280×800): keypad beside the field, not under it.
            HBox.setHgrow(entry, Priority.ALWAYS);
            HBox row = new HBox(40, entry, keypad);
            row.setAlignment(Pos.TOP_LEFT);
            node = row;
        }
        session.onWipe(() -> number.set(""));
        screens.clearWhenFound(() -> number.set(""));
        onChange("");
    }

    private void onChange(String text) {
        field.getStyleClass().removeAll("valid", "invalid");
        next.setText(messages.get("payments.next"));
        next.setDisable(text.length() != 18 || !CitizenIdNumber.isPlausiblePrefix(text));
        if (!CitizenIdNumber.isPlausiblePrefix(text)) {
            field.getStyleClass().add("invalid");
            feedback.getStyleClass().setAll("label", "error-text");
            feedback.setText(messages.get("payments.numberWrong"));
        } else if (text.length() == 18) {
            field.getStyleClass().add("valid");
            feedback.getStyleClass().setAll("label", "ok-text");
            feedback.setText(messages.get("payments.numberOk"));
        } else {
            feedback.getStyleClass().setAll("label", "hint");
            feedback.setText(messages.get("payments.numberProgress", text.length(), 18 - text.length()));
        }
    }

    public StringProperty numberProperty() {
        return number;
    }

    public Label feedback() {
        return feedback;
    }

    @Override
    public String title() {
        return messages.get("payments.byNumber");
    }

    @Override
    public Node view() {
        return node;
    }

    public Button next() {
        return next;
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return Optional.of(idle);
    }

    @Override
    public void leave() {
        number.set("");
    }
}
