package org.xiangli.kiosk.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.xiangli.kiosk.i18n.Messages;

/**
 * An on-screen numeric pad (no physical keyboard on a kiosk): 1-9, 0, delete and clear, and optionally an X key
 * for the last character of ID numbers, in four rows (delete and clear in a fourth column). Types into a {@link StringProperty} up to {@code maxLength} characters.
 */
public final class NumericKeypad extends GridPane {

    private final StringProperty target;
    private final int maxLength;

    public NumericKeypad(StringProperty target, int maxLength, boolean withX, Messages messages) {
        this.target = target;
        this.maxLength = maxLength;
        getStyleClass().add("keypad");
        String[] digits = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
        for (int i = 0; i < digits.length; i++) {
            add(key(digits[i]), i % 3, i / 3);
        }
        if (withX) {
            add(key("X"), 0, 3);
        }
        add(key("0"), 1, 3);
        // Delete and clear in a fourth column, each two keys tall: four rows fit the short 1280×800 screen.
        Button delete = action(messages.get("keypad.delete"), "key-delete");
        delete.setOnAction(e -> {
            String text = target.get();
            if (!text.isEmpty()) {
                target.set(text.substring(0, text.length() - 1));
            }
        });
        add(delete, 3, 0, 1, 2);
        Button clear = action(messages.get("keypad.clear"), "key-clear");
        clear.setOnAction(e -> target.set(""));
        add(clear, 3, 2, 1, 2);
    }

    private Button key(String symbol) {
        Button b = new Button(symbol);
        b.getStyleClass().add("key-" + symbol);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> {
            String text = target.get() == null ? "" : target.get();
            if (text.length() < maxLength) {
                target.set(text + symbol);
            }
        });
        return b;
    }

    private static Button action(String label, String styleClass) {
        Button b = new Button(label);
        b.getStyleClass().addAll("key-action", styleClass);
        b.setWrapText(true);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return b;
    }

    /** Presses a key as a touch would (tests, and the scanner-free demo). */
    public void press(String symbol) {
        lookupAll(".key-" + symbol).stream().filter(Button.class::isInstance).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no key " + symbol)).fire();
    }
}
