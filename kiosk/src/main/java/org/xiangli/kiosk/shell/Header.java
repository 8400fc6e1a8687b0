package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.i18n.Messages;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The header of every page: station name (also the technicians' hidden gesture), date and clock, 大字模式,
 * 呼叫工作人员 and 返回首页 with its countdown.
 */
final class Header {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final HBox node = new HBox();
    private final Label stationName = new Label();
    private final Label clock = new Label();
    private final ToggleButton largeText = new ToggleButton();
    /**
     * From 10 to 9 the countdown loses a digit: the button keeps the width of two, so the header's buttons do not
     * shift under a finger about to touch them (the digits themselves are all equally wide). As its computed width,
     * the width is measured only when a layout asks, again after the style changed the font or padding (大字): the
     * home page, which does not show the button, never does. Not a binding: binding the preferred width evaluated it
     * at once (a listener added to a binding validates it), so the header measured text while it was being built.
     * That was the process's first text measurement, 15-25 ms; the home page's first layout now pays it instead, and
     * the start takes as long (16 alternating rounds), but nothing is measured that no page shows.
     */
    private final Button home = new Button() {
        @Override
        protected double computePrefWidth(double height) {
            return homeWidth();
        }
    };
    private final Button callStaff = new Button();
    private final Messages messages;

    /** @param onCallStaff 呼叫工作人员, on every page */
    Header(Messages messages, String station, Runnable onStationTap, Runnable onHome, Runnable onLargeText,
           Runnable onCallStaff) {
        this.messages = messages;
        node.getStyleClass().add("header");
        node.setAlignment(Pos.CENTER_LEFT);
        stationName.setText(station);
        stationName.getStyleClass().add("station-name");
        stationName.setMinWidth(Region.USE_PREF_SIZE);
        stationName.setOnMousePressed(e -> onStationTap.run());
        clock.getStyleClass().add("clock");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = new VBox(2, stationName, clock);
        left.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        largeText.setText(messages.get("header.largeText"));
        largeText.getStyleClass().add("large-text-toggle");
        fitting(largeText);
        largeText.setOnAction(e -> onLargeText.run());
        home.getStyleClass().add("home-button");
        fitting(home);
        home.setOnAction(e -> onHome.run());
        callStaff.setText(messages.get("header.callStaff"));
        callStaff.getStyleClass().add("call-staff");
        fitting(callStaff);
        callStaff.setOnAction(e -> onCallStaff.run());
        node.getChildren().addAll(left, spacer, largeText, callStaff, home);
    }

    HBox node() {
        return node;
    }

    /**
     * A header button that gives way when the header is short of room (large text, English, a narrow screen): its
     * words wrap onto a second line instead of being cut, and it grows to the header's height.
     */
    static void fitting(javafx.scene.control.ButtonBase button) {
        button.setWrapText(true);
        button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        button.setMinWidth(SWITCH_MIN_WIDTH);
        button.setMaxHeight(Double.MAX_VALUE);
    }

    /** The narrowest a header button becomes: two or three characters a line at large text. */
    private static final double SWITCH_MIN_WIDTH = 120;

    /** A button that belongs with the header's switches (demo mode's 演示设备), placed before 大字模式. */
    void addSwitch(Button button) {
        fitting(button);
        node.getChildren().remove(button);
        node.getChildren().add(node.getChildren().indexOf(largeText), button);
    }

    Label stationName() {
        return stationName;
    }

    Button homeButton() {
        return home;
    }

    void showLargeText(boolean on) {
        largeText.setSelected(on);
    }

    void update(ZonedDateTime now, boolean onHome, long secondsLeft) {
        String weekday = messages.get("weekday." + now.getDayOfWeek().getValue());
        clock.setText(messages.get("header.date", messages.shortDate(now.toLocalDate()), weekday) + "  " + TIME.format(now));
        home.setVisible(!onHome);
        home.setManaged(!onHome);
        home.setText(messages.get("header.home") + "\n" + messages.get("header.countdown", secondsLeft));
    }

    /** The home button's width with a two-digit countdown, in the font it shows now. */
    private double homeWidth() {
        javafx.scene.text.Text line = new javafx.scene.text.Text();
        line.setFont(home.getFont());
        double widest = 0;
        for (String text : new String[] {messages.get("header.home"), messages.get("header.countdown", 88)}) {
            line.setText(text);
            widest = Math.max(widest, line.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest + home.getInsets().getLeft() + home.getInsets().getRight() + 2);
    }
}
