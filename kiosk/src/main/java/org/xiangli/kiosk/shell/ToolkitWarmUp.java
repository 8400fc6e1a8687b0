package org.xiangli.kiosk.shell;

import java.lang.System.Logger.Level;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.ui.CjkFonts;
import org.xiangli.kiosk.ui.Theme;

/**
 * What the first frame pays for once, paid while the store opens (issue 18): the JavaFX thread is idle from the
 * toolkit's start until the app is built. A small page in the kiosk's style sheet and CJK font is styled, laid out
 * and rendered once: the controls' default style sheet and ours are parsed (and stay cached while this page is
 * held), and the renderer's and text layout's code runs before the home page needs it. Nothing of it is shown.
 */
public final class ToolkitWarmUp {

    private static final System.Logger LOG = System.getLogger(ToolkitWarmUp.class.getName());

    private Parent page;

    /** Call on the JavaFX thread; a failure costs only the time it would have saved. */
    public void run() {
        try {
            String font = CjkFonts.requireFamily();
            StackPane root = new StackPane();
            root.getStyleClass().add("kiosk-root");
            root.setStyle("-fx-font-family: \"" + font + "\";");
            root.getStylesheets().add(Theme.stylesheet());
            Label title = new Label("乡里便民服务 欢迎使用 0123456789");
            title.getStyleClass().add("section-title");
            Label subtitle = new Label("政策宣传 排队取号 缴费查询");
            subtitle.getStyleClass().add("tile-subtitle");
            Button tile = new Button("办事指南", subtitle);
            tile.getStyleClass().addAll("tile", "blue");
            VBox body = new VBox(title, tile);
            body.getStyleClass().addAll("page", "home");
            root.getChildren().add(body);
            Scene scene = new Scene(root, 480, 270);
            Snapshots.render(scene);
            page = root;
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "toolkit warm-up skipped: {0}", e.toString());
        }
    }

    /** Lets the warm-up page go, once the home page holds the style sheets it cached. */
    public void release() {
        page = null;
    }
}
