package org.xiangli.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xiangli.kiosk.shell.Snapshots;

/**
 * The kiosk's user-agent style sheet stands in for Modena (issue 18): every control the kiosk uses is still seen
 * and laid out as a touch screen needs, with no style sheet of the page's own.
 */
@ExtendWith(FxToolkit.class)
class BaseStylesheetTest {

    private final FxUi ui = new FxUi();

    @Test
    void theToolkitStartsWithTheKiosksBaseSheetInsteadOfModena() {
        assertEquals(Theme.baseStylesheet(), ui.call(Application::getUserAgentStylesheet));
    }

    @Test
    void buttonsAreCentredAndPaintedWithoutThePagesSheet() {
        ui.run(() -> {
            Button button = new Button("取号");
            ToggleButton toggle = new ToggleButton("通知公告");
            toggle.setSelected(true);
            Snapshots.render(new Scene(new VBox(button, toggle), 400, 300));
            assertEquals(Pos.CENTER, button.getAlignment());
            assertEquals(Pos.CENTER, toggle.getAlignment());
            assertEquals(Color.WHITE, fill(button));
            assertNotEquals(fill(button), fill(toggle), "a selected toggle looks selected");
            assertEquals(24, button.getFont().getSize(), 0.01);
        });
    }

    @Test
    void aScrollPanesBarHasAThumbAFingerCanSeeAndNoArrows() {
        ui.run(() -> {
            VBox tall = new VBox();
            tall.setMinHeight(2000);
            tall.setPrefWidth(300);
            ScrollPane scroll = new ScrollPane(tall);
            Snapshots.render(new Scene(scroll, 400, 300));
            ScrollBar bar = (ScrollBar) scroll.lookupAll(".scroll-bar").stream()
                    .filter(n -> ((ScrollBar) n).getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
            assertTrue(bar.isVisible());
            assertEquals(36, bar.getWidth(), 0.5, "a finger-wide bar");
            Region thumb = (Region) bar.lookup(".thumb");
            assertTrue(thumb.getHeight() > 20 && thumb.getHeight() < 300, "thumb " + thumb.getHeight());
            assertNotEquals(Color.TRANSPARENT, fill(thumb));
            assertEquals(0, ((Region) bar.lookup(".increment-button")).getHeight(), 0.5);
        });
    }

    @Test
    void aProgressBarShowsItsProgress() {
        ui.run(() -> {
            ProgressBar progress = new ProgressBar(0.5);
            progress.setPrefWidth(400);
            Snapshots.render(new Scene(new VBox(progress), 500, 200));
            Region bar = (Region) progress.lookup(".bar");
            Region track = (Region) progress.lookup(".track");
            assertTrue(bar.getHeight() >= 20, "bar height " + bar.getHeight());
            assertEquals(track.getWidth() / 2, bar.getWidth(), 2);
            assertNotEquals(fill(track), fill(bar));
        });
    }

    private static Paint fill(Node node) {
        Region region = (Region) node;
        return region.getBackground() == null || region.getBackground().getFills().isEmpty() ? Color.TRANSPARENT
                : region.getBackground().getFills().getFirst().getFill();
    }
}
