package org.xiangli.kiosk.payments.screens;

import org.xiangli.kiosk.payments.PaymentsContext;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.xiangli.kiosk.ui.KioskSession;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.ui.NumericKeypad;

/**
 * The second factor for a typed ID number: the last four digits of the phone number on record. Anyone can type
 * someone else's ID number; few also know their phone number. Wrong digits count towards a lockout of the number.
 */
public final class PhoneDigitsScreen implements Screen {

    private final Messages messages;
    private final PaymentsContext payments;
    private final StringProperty digits = new SimpleStringProperty("");
    private final Label field = new Label();
    private final Label feedback = new Label();
    private final Button search = new Button();
    private final LookupWaitPanel wait;
    private final PageLookup lookup;
    private String idNumber;

    public PhoneDigitsScreen(Messages messages, KioskSession session, PaymentsContext payments, String idNumber,
            Consumer<Screen> open, PaymentsPages screens, boolean portrait) {
        this.messages = messages;
        this.payments = payments;
        this.idNumber = idNumber;
        Label prompt = new Label(messages.get("payments.phone.prompt"));
        prompt.getStyleClass().add("section-title");
        prompt.setWrapText(true);
        Label hint = new Label(messages.get("payments.phone.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        field.getStyleClass().addAll("entry-field", "phone-digits-field");
        field.setMaxWidth(Double.MAX_VALUE);
        // Shown as dots: someone may stand behind the villager.
        field.textProperty().bind(digits.map(d -> "●".repeat(d.length()) + "＿".repeat(4 - d.length())));
        feedback.setWrapText(true);
        feedback.getStyleClass().add("error-text");
        feedback.setMaxWidth(Double.MAX_VALUE);
        // Takes room only when it has something to say: 1280×800 has none to spare.
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        feedback.visibleProperty().bind(feedback.textProperty().isNotEmpty());
        search.setText(messages.get("payments.search"));
        search.getStyleClass().addAll("primary", "phone-search");
        search.setMaxWidth(Double.MAX_VALUE);
        search.disableProperty().bind(digits.length().isNotEqualTo(4));
        search.setOnAction(e -> search());
        NumericKeypad keypad = new NumericKeypad(digits, 4, false, messages);
        keypad.setMaxWidth(VBox.USE_PREF_SIZE);
        VBox entry = new VBox(16, prompt, hint, field, search, feedback);
        Pane node;
        if (portrait) {
            entry.getChildren().add(keypad);
            node = entry;
        } else {
            HBox.setHgrow(entry, Priority.ALWAYS);
            HBox row = new HBox(40, entry, keypad);
            row.setAlignment(Pos.TOP_LEFT);
            node = row;
        }
        wait = new LookupWaitPanel(messages, node);
        lookup = new PageLookup(payments, wait, feedback::setText, messages, open, screens);
        session.onWipe(this::forget);
    }

    public StringProperty digitsProperty() {
        return digits;
    }

    public Label feedback() {
        return feedback;
    }

    public Button searchButton() {
        return search;
    }

    void search() {
        if (idNumber == null || lookup.running()) {
            return;
        }
        String number = idNumber;
        String typed = digits.get();
        digits.set("");
        lookup.start(() -> payments.desk().byNumber(number, typed));
    }

    /** Whether a lookup is running (the "正在查询…" cover is up). */
    public boolean isWaiting() {
        return lookup.isWaiting();
    }

    private void forget() {
        lookup.cancel();
        idNumber = null;
        digits.set("");
        feedback.setText("");
    }

    @Override
    public String title() {
        return messages.get("payments.phone.title");
    }

    @Override
    public Node view() {
        return wait.node();
    }

    @Override
    public void leave() {
        forget();
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return Optional.of(payments.idle());
    }
}
