package org.xiangli.kiosk.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;

/**
 * One look for what went wrong, on every page (the printer out of paper while printing a statement looks as it
 * does under a ticket: red and bold), one for what went right and one for a plain hint. An error is said aloud as
 * well: the villager may be looking at the printer's slot or the card reader, not at the screen.
 */
public final class Notices {

    public static final String ERROR = "error-text";
    public static final String OK = "ok-text";
    public static final String HINT = "hint";

    private Notices() {
    }

    /** Shows {@code text} as an error on {@code label} and says it. */
    public static void error(Label label, String text, Consumer<String> say) {
        show(label, text, ERROR);
        say.accept(text);
    }

    public static void ok(Label label, String text) {
        show(label, text, OK);
    }

    public static void hint(Label label, String text) {
        show(label, text, HINT);
    }

    private static void show(Label label, String text, String style) {
        label.getStyleClass().removeAll(ERROR, OK, HINT);
        label.getStyleClass().add(style);
        label.setText(text);
    }
}
