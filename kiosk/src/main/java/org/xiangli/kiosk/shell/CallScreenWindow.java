package org.xiangli.kiosk.shell;


import java.lang.System.Logger.Level;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The second HDMI screen's window: full screen on the first screen that is not the touch screen, no decorations,
 * no way to close it. With a single screen nothing opens: the call display must never cover the villagers' page.
 */
public final class CallScreenWindow {

    private static final System.Logger LOG = System.getLogger(CallScreenWindow.class.getName());

    private CallScreenWindow() {
    }

    /** Call on the FX thread. Empty when there is no second screen. */
    public static Optional<Stage> openOnSecondScreen(Parent root, String title) {
        Optional<Screen> second = Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .findFirst();
        if (second.isEmpty()) {
            LOG.log(Level.WARNING, "display.call_screen is on but only one screen is connected: no call screen");
            return Optional.empty();
        }
        Rectangle2D bounds = second.get().getBounds();
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle(title);
        stage.setScene(new Scene(root, bounds.getWidth(), bounds.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.setOnCloseRequest(e -> e.consume());
        stage.show();
        LOG.log(Level.INFO, "call screen on the second screen ({0}x{1})", bounds.getWidth(), bounds.getHeight());
        return Optional.of(stage);
    }
}
