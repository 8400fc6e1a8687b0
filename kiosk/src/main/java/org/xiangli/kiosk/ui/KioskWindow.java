package org.xiangli.kiosk.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The stage: on a device full screen, undecorated, with no key or close request that leaves it; in development a
 * plain window of the configured size.
 */
public final class KioskWindow {

    private KioskWindow() {
    }

    public static Stage open(Scene scene, String title, boolean fullscreen, Runnable onDevClose) {
        Stage stage = new Stage(fullscreen ? StageStyle.UNDECORATED : StageStyle.DECORATED);
        stage.setTitle(title);
        stage.setScene(scene);
        if (fullscreen) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.setOnCloseRequest(e -> e.consume());
            scene.addEventFilter(KeyEvent.KEY_PRESSED, KioskWindow::swallowEscapeKeys);
        } else {
            stage.setOnCloseRequest(e -> onDevClose.run());
        }
        stage.show();
        return stage;
    }

    /** Alt+F4, Ctrl+W/Q and Escape do nothing on a device: a villager cannot leave the kiosk by accident. */
    static void swallowEscapeKeys(KeyEvent e) {
        boolean altF4 = e.isAltDown() && e.getCode() == KeyCode.F4;
        boolean closeKeys = e.isControlDown() && (e.getCode() == KeyCode.W || e.getCode() == KeyCode.Q);
        if (altF4 || closeKeys || e.getCode() == KeyCode.ESCAPE) {
            e.consume();
        }
    }
}
