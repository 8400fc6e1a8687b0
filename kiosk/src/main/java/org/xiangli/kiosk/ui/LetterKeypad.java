package org.xiangli.kiosk.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.xiangli.kiosk.i18n.Messages;

/**
 * An on-screen letter pad for pinyin initials (no Chinese IME on a kiosk). Letters in alphabetical order, which
 * villagers who never used a keyboard find faster than QWERTY; seven keys a row fit a portrait screen.
 */
public final class LetterKeypad extends GridPane {

    private static final int PER_ROW = 7;

    private final StringProperty target;
    private final int maxLength;

    public LetterKeypad(StringProperty target, int maxLength, Messages messages) {
        this.target = target;
        this.maxLength = maxLength;
        getStyleClass().addAll("keypad", "letter-keypad");
        for (char c = 'A'; c <= 'Z'; c++) {
            int index = c - 'A';
            add(key(String.valueOf(c)), index % PER_ROW, index / PER_ROW);
        }
        int lastRow = 25 / PER_ROW;
        Button delete = new Button(messages.get("keypad.delete"));
        delete.getStyleClass().addAll("key-action", "key-delete");
        delete.setMaxWidth(Double.MAX_VALUE);
        delete.setOnAction(e -> {
            String text = target.get();
            if (!text.isEmpty()) {
                target.set(text.substring(0, text.length() - 1));
            }
        });
        add(delete, 26 % PER_ROW, lastRow);
        Button clear = new Button(messages.get("keypad.clear"));
        clear.getStyleClass().addAll("key-action", "key-clear");
        clear.setMaxWidth(Double.MAX_VALUE);
        clear.setOnAction(e -> target.set(""));
        add(clear, 26 % PER_ROW + 1, lastRow, PER_ROW - 26 % PER_ROW - 1, 1);
    }

    private Button key(String letter) {
        Button b = new Button(letter);
        b.getStyleClass().add("key-" + letter);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> {
            String text = target.get() == null ? "" : target.get();
            if (text.length() < maxLength) {
                target.set(text + letter);
            }
        });
        return b;
    }

    /** The pad takes the whole width it is given, the keys sharing it equally (an upright screen). */
    public void fillWidth() {
        setMaxWidth(Double.MAX_VALUE);
        getStyleClass().add("wide");
        for (int c = 0; c < PER_ROW; c++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(100.0 / PER_ROW);
            column.setFillWidth(true);
            getColumnConstraints().add(column);
        }
    }

    public void press(String symbol) {
        lookupAll(".key-" + symbol).stream().filter(Button.class::isInstance).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no key " + symbol)).fire();
    }
}
