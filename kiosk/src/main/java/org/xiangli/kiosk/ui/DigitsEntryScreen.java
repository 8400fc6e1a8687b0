package org.xiangli.kiosk.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;

/**
 * A page that takes a number on the on-screen keypad (an ID number, a check code, a slip's number, a phone number):
 * a prompt, the field, a line saying what is wrong, and the button that goes on, enabled when {@code check} finds
 * nothing wrong. The keypad stands beside the field on landscape screens and under it on portrait ones. What was
 * typed is cleared when the page is left or the session wiped.
 */
public final class DigitsEntryScreen implements Screen {

    /** What the entry needs; {@code check} returns the problem to show (empty = complete and right). */
    public record Spec(String title, String prompt, int maxLength, boolean withX, String button,
                       Function<String, Optional<String>> check, Optional<Duration> idle) {
    }

    private final Spec spec;
    private final StringProperty text = new SimpleStringProperty("");
    private final Label feedback = new Label();
    private final Button done = new Button();
    private final Pane node;

    public DigitsEntryScreen(Messages messages, KioskSession session, boolean portrait, Spec spec,
                             Consumer<String> onDone, Node... extra) {
        this.spec = spec;
        Label prompt = new Label(spec.prompt());
        prompt.getStyleClass().add("section-title");
        prompt.setWrapText(true);
        Label field = new Label();
        field.getStyleClass().addAll("entry-field", "digits-field");
        field.setMaxWidth(Double.MAX_VALUE);
        field.textProperty().bind(text);
        feedback.setWrapText(true);
        feedback.getStyleClass().add("hint");
        done.setText(spec.button());
        done.getStyleClass().addAll("primary", "digits-done");
        done.setMaxWidth(Double.MAX_VALUE);
        done.setOnAction(e -> {
            String typed = text.get();
            if (spec.check().apply(typed).isEmpty()) {
                onDone.accept(typed);
            }
        });
        NumericKeypad keypad = new NumericKeypad(text, spec.maxLength(), spec.withX(), messages);
        keypad.setMaxWidth(VBox.USE_PREF_SIZE);
        VBox entry = new VBox(16, prompt, field, feedback, done);
        entry.getChildren().addAll(extra);
        if (portrait) {
            entry.getChildren().add(keypad);
            entry.setAlignment(Pos.TOP_CENTER);
            node = entry;
        } else {
            HBox.setHgrow(entry, Priority.ALWAYS);
            HBox row = new HBox(40, entry, keypad);
            row.setAlignment(Pos.TOP_LEFT);
            node = row;
        }
        text.addListener((o, was, is) -> onChange(is));
        session.onWipe(() -> text.set(""));
        onChange("");
    }

    private void onChange(String typed) {
        Optional<String> problem = spec.check().apply(typed);
        done.setDisable(problem.isPresent());
        feedback.getStyleClass().setAll("label", "hint");
        feedback.setText(problem.orElse(""));
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Shows why the number was refused after {@code done} (not found, wrong code...). */
    public void refuse(String why) {
        feedback.getStyleClass().setAll("label", "error-text");
        feedback.setText(why);
    }

    @Override
    public String title() {
        return spec.title();
    }

    @Override
    public Node view() {
        return node;
    }

    @Override
    public void leave() {
        text.set("");
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return spec.idle();
    }
}
