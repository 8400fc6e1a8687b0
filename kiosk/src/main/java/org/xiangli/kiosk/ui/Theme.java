package org.xiangli.kiosk.ui;

/**
 * The kiosk's style sheets: kiosk.css (sizes, colours, large-text mode), shared by the shell, the call screen and
 * set-up; under it kiosk-base.css, the user-agent sheet that takes the place of JavaFX's Modena for the five controls
 * the kiosk uses (issue 18: Modena's parse and its rules' matching were a fifth of the time to the first frame).
 */
public final class Theme {

    private Theme() {
    }

    /** The style sheet's URL, for {@code getStylesheets().add(...)}. */
    public static String stylesheet() {
        return Theme.class.getResource("kiosk.css").toExternalForm();
    }

    /** The user-agent style sheet, for {@code Application.setUserAgentStylesheet} before any control exists. */
    public static String baseStylesheet() {
        return Theme.class.getResource("kiosk-base.css").toExternalForm();
    }
}
