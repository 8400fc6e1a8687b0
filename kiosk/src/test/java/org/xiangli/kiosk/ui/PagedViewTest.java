package org.xiangli.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.shell.Snapshots;

/** Page turns land on block boundaries, so a block cut at the bottom of a page starts the next one whole. */
@ExtendWith(FxToolkit.class)
class PagedViewTest {

    private final FxUi ui = new FxUi();

    /** A page of {@code heights} blocks stacked without gaps in a 600 px tall view (the bar takes the rest). */
    private PagedView laidOut(double... heights) {
        VBox content = new VBox();
        for (double h : heights) {
            Region block = new Region();
            block.setMinHeight(h);
            block.setPrefHeight(h);
            content.getChildren().add(block);
        }
        PagedView view = new PagedView(content, new Messages(Locale.SIMPLIFIED_CHINESE));
        Snapshots.render(new Scene(view.node(), 800, 700));
        return view;
    }

    private static double viewport(PagedView view) {
        return ((Region) view.node().getCenter()).getHeight();
    }

    @Test
    void forwardStartsAtTheBlockCutAtTheBottomAndBackReturnsToTheTop() {
        ui.run(() -> {
            PagedView view = laidOut(150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150);
            double page = viewport(view);
            // The block that straddles the bottom edge begins at the largest multiple of 150 below it.
            double expected = Math.floor(page / 150) * 150;
            assertTrue(expected < page && expected > page / 3, "viewport " + page);

            view.turn(1);
            assertEquals(expected, view.top(), 0.5);
            assertEquals(2, view.page());

            view.turn(-1);
            assertEquals(0, view.top(), 0.5);
            assertEquals(1, view.page());
        });
    }

    @Test
    void aBlockTallerThanAPageIsTurnedThroughWithOverlap() {
        ui.run(() -> {
            PagedView view = laidOut(3000);
            double page = viewport(view);

            view.turn(1);
            double first = view.top();
            assertTrue(first > page / 2 && first < page, "moved " + first + " of a page of " + page);
            view.turn(1);
            assertEquals(2 * first, view.top(), 0.5);
        });
    }

    @Test
    void turningForwardAlwaysReachesTheEndAndBackAlwaysTheStart() {
        ui.run(() -> {
            for (List<Double> heights : List.of(List.of(40.0, 700.0, 40.0, 900.0, 10.0), List.of(599.0, 601.0, 5.0),
                    List.of(20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 900.0))) {
                PagedView view = laidOut(heights.stream().mapToDouble(Double::doubleValue).toArray());
                double last = -1;
                for (int i = 0; i < 50 && view.top() > last; i++) {
                    last = view.top();
                    view.turn(1);
                }
                assertEquals(view.pages(), view.page(), "last page for " + heights);
                for (int i = 0; i < 50 && view.top() > 0; i++) {
                    view.turn(-1);
                }
                assertEquals(0, view.top(), 0.5, "first page for " + heights);
            }
        });
    }
}
