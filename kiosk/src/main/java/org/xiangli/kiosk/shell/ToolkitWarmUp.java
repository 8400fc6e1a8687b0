package org.xiangli.kiosk.shell;

import java.lang.System.Logger.Level;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.ui.CjkFonts;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.Theme;

/**
 * What the first frame pays for once, paid while the store opens (issue 18): the JavaFX thread is idle from the
 * toolkit's start until the app is built. A small page in the kiosk's style sheet and CJK font is built, styled,
 * laid out and rendered: the style sheets are parsed (and stay cached while this page is held), and the
 * renderer's and text layout's code runs before the home page needs it. Nothing of it is shown.
 *
 * <p>Each of the four steps is its own turn of the JavaFX thread, and none runs once the home page has begun
 * ({@link #pageStarting}): what the idle time did not cover, the home page does as part of its own first pass,
 * instead of waiting behind a page nobody sees.
 */
public final class ToolkitWarmUp {

    private static final System.Logger LOG = System.getLogger(ToolkitWarmUp.class.getName());

    private Parent page;
    private Scene scene;
    /**
     * Set by the thread that built the app just before it hands the home page to the JavaFX thread, so that no step
     * queued in the meantime starts ahead of the home page. A step already running finishes: in start traces the
     * home page then begins 17-42 ms after the app is built, but the cold code that step ran is code the home page
     * would otherwise run itself (the PNG comes as soon either way).
     */
    private volatile boolean pageStarted;
    private int stepsDone;

    /** Call on the JavaFX thread: runs the first step and queues the others; a failure costs only time. */
    public void run() {
        List<Runnable> steps = List.of(this::build, () -> page.applyCss(), () -> page.layout(),
                () -> Snapshots.render(scene));
        step(steps, 0);
    }

    private void step(List<Runnable> steps, int index) {
        if (pageStarted || index == steps.size()) {
            return;
        }
        try {
            steps.get(index).run();
            stepsDone = index + 1;
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "toolkit warm-up stopped: {0}", e.toString());
            return;
        }
        FxUi.later(() -> step(steps, index + 1));
    }

    private void build() {
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
        scene = new Scene(root, 480, 270);
        page = root;
    }

    /** How many of the four steps ran (the start trace shows it). */
    public int stepsDone() {
        return stepsDone;
    }

    /**
     * The home page is about to be built (any thread; the app's thread calls it before it hands the home page to the
     * JavaFX thread): no further step runs. The page stays referenced until
     * {@link #release}, so the style sheets it cached are still cached for the home page.
     */
    public void pageStarting() {
        pageStarted = true;
    }

    /** Lets the warm-up page go, once the home page holds the style sheets it cached. */
    public void release() {
        pageStarted = true;
        page = null;
        scene = null;
    }
}
