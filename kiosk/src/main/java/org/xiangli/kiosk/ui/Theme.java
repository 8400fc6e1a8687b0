package org.xiangli.kiosk.ui;

/** The kiosk's one style sheet (sizes, colours, large-text mode), shared by the shell, the call screen and set-up. */
public final class Theme {

    private Theme() {
    }

    /** The style sheet's URL, for {@code getStylesheets().add(...)}. */
    public static String stylesheet() {
        return Theme.class.getResource("kiosk.css").toExternalForm();
    }
}
