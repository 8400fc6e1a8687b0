package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ops.TechnicianPin;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.ui.NumericKeypad;

/** The PIN pad a technician sees after the hidden gesture; the PIN shows as dots. */
final class TechnicianPinDialog {

    private final StackPane node = new StackPane();
    private final StringProperty pin = new SimpleStringProperty("");
    private final Label feedback = new Label();
    private final NumericKeypad keypad;

    TechnicianPinDialog(Messages messages, Function<String, TechnicianPin.Result> onSubmit, Runnable onCancel) {
        node.getStyleClass().add("overlay-scrim");
        Label title = new Label(messages.get("technician.title"));
        title.getStyleClass().add("page-title");
        Label prompt = new Label(messages.get("technician.prompt"));
        Label dots = new Label();
        dots.getStyleClass().add("entry-field");
        dots.setMaxWidth(Double.MAX_VALUE);
        dots.textProperty().bind(pin.map(p -> "●".repeat(p.length())));
        feedback.getStyleClass().add("error-text");
        keypad = new NumericKeypad(pin, 12, false, messages);
        Button ok = new Button(messages.get("keypad.ok"));
        ok.getStyleClass().addAll("primary", "pin-ok");
        Button cancel = new Button(messages.get("keypad.cancel"));
        cancel.getStyleClass().add("pin-cancel");
        ok.setOnAction(e -> {
            TechnicianPin.Result result = onSubmit.apply(pin.get());
            pin.set("");
            feedback.setText(switch (result) {
                case ACCEPTED -> "";
                case WRONG -> messages.get("technician.wrong");
                case LOCKED -> messages.get("technician.locked");
                case NOT_SET -> messages.get("technician.notSet");
            });
        });
        cancel.setOnAction(e -> {
            pin.set("");
            onCancel.run();
        });
        HBox buttons = new HBox(16, cancel, ok);
        buttons.setAlignment(Pos.CENTER_LEFT);
        feedback.setWrapText(true);
        VBox left = new VBox(20, title, prompt, dots, feedback, buttons);
        left.setPrefWidth(340);
        // Side by side: fits a 1280×800 landscape screen and a 1080-wide portrait one.
        HBox dialog = new HBox(32, left, keypad);
        dialog.getStyleClass().add("dialog");
        dialog.setMaxHeight(HBox.USE_PREF_SIZE);
        dialog.setMaxWidth(HBox.USE_PREF_SIZE);
        node.getChildren().add(dialog);
    }

    StackPane node() {
        return node;
    }

    NumericKeypad keypad() {
        return keypad;
    }

    Label feedback() {
        return feedback;
    }
}
