package org.xiangli.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;

/**
 * Long content shown a screenful at a time, turned by two big buttons (上一页 / 下一页) with "第 2/5 页" between:
 * elderly readers cannot hit a thin scrollbar or swipe reliably. Dragging still works for those who can.
 *
 * <p>A turn lands on a block boundary of the content (an entry, a paragraph, a QR code stacked in a {@link VBox}),
 * so the block cut at the bottom of one page starts the next one whole; a block taller than a page is turned
 * through by screenfuls with a line of overlap.
 */
public final class PagedView {

    /** A turn must move at least this share of a page, or it would crawl through many small blocks. */
    private static final double MIN_TURN = 1.0 / 3;
    /** How deep to look for blocks: entries inside a group inside the page's list. */
    private static final int BLOCK_DEPTH = 4;
    /** The overlap of a plain screenful turn, so no line is lost between pages. */
    private static final double OVERLAP = 48;

    private final ScrollPane scroll;
    private final Button previous;
    private final Button next;
    private final Label position = new Label();
    private final BorderPane node = new BorderPane();
    private final Messages messages;

    public PagedView(Node content, Messages messages) {
        this.messages = messages;
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("paged-scroll");
        previous = new Button(messages.get("pager.previous"));
        previous.getStyleClass().addAll("pager-button", "pager-previous");
        // In a narrow column ("▲ Previous page" beside the search pad) the words take two lines rather than "…".
        previous.setWrapText(true);
        previous.setOnAction(e -> turn(-1));
        next = new Button(messages.get("pager.next"));
        next.getStyleClass().addAll("pager-button", "pager-next");
        next.setWrapText(true);
        next.setOnAction(e -> turn(1));
        position.getStyleClass().add("pager-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(16, previous, position, next);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("pager-bar");
        node.setCenter(scroll);
        node.setBottom(bar);
        scroll.vvalueProperty().addListener((o, a, b) -> update());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> update());
        content.layoutBoundsProperty().addListener((o, a, b) -> update());
        update();
    }

    public BorderPane node() {
        return node;
    }

    public int pages() {
        double viewport = scroll.getViewportBounds().getHeight();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        return viewport <= 0 ? 1 : Math.max(1, (int) Math.ceil(content / viewport - 0.01));
    }

    public int page() {
        double viewport = scroll.getViewportBounds().getHeight();
        double overflow = overflow();
        if (viewport <= 0 || overflow <= 0) {
            return 1;
        }
        if (scroll.getVvalue() >= 0.9999) {
            return pages();
        }
        return Math.min(pages(), 1 + (int) Math.round(top() / viewport));
    }

    public void toTop() {
        scroll.setVvalue(0);
    }

    /** The content's y at the top of the viewport. */
    public double top() {
        return scroll.getVvalue() * Math.max(0, overflow());
    }

    /** Turns one page forward (+1) or back (-1), landing on a block boundary where there is one. */
    public void turn(int direction) {
        double viewport = scroll.getViewportBounds().getHeight();
        double overflow = overflow();
        if (overflow <= 0 || viewport <= 0) {
            return;
        }
        double top = top();
        double target = direction > 0 ? forward(top, viewport) : backward(top, viewport);
        scroll.setVvalue(Math.clamp(target / overflow, 0, 1));
    }

    private double forward(double top, double viewport) {
        // The last block that starts on this page, if it starts far enough down: it is the one cut at the bottom.
        double best = -1;
        for (double y : blockStarts()) {
            if (y > top + viewport * MIN_TURN && y <= top + viewport && y > best) {
                best = y;
            }
        }
        return best >= 0 ? best : top + Math.max(viewport - OVERLAP, viewport / 2);
    }

    private double backward(double top, double viewport) {
        // The first block that starts within a page above: the previous page ends where this one begins.
        double from = top - viewport;
        double best = Double.MAX_VALUE;
        for (double y : blockStarts()) {
            if (y >= from && y < top - viewport * MIN_TURN && y < best) {
                best = y;
            }
        }
        return best != Double.MAX_VALUE ? best : top - Math.max(viewport - OVERLAP, viewport / 2);
    }

    /** The y (in the content's coordinates) where each block of a vertical stack begins. */
    private List<Double> blockStarts() {
        List<Double> starts = new ArrayList<>();
        Node content = scroll.getContent();
        collect(content, content, 0, starts);
        return starts;
    }

    private static void collect(Node content, Node node, int depth, List<Double> starts) {
        if (depth >= BLOCK_DEPTH || !(node instanceof VBox parent)) {
            return;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            Bounds bounds = content.sceneToLocal(child.localToScene(child.getBoundsInLocal()));
            if (bounds != null) {
                starts.add(bounds.getMinY());
            }
            // Only a stack's parts are blocks of their own: a row (a bill beside its payment QR) or a list
            // entry is turned whole, never cut between its words and what stands beside them.
            if (child instanceof VBox) {
                collect(content, child, depth + 1, starts);
            }
        }
    }

    private double overflow() {
        return scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
    }

    private void update() {
        int pages = pages();
        position.setText(messages.get("pager.position", page(), pages));
        previous.setDisable(scroll.getVvalue() <= 0.0001);
        // The bar always keeps its place: switching it in and out during a layout pass would misplace it.
        next.setDisable(pages <= 1 || scroll.getVvalue() >= 0.9999);
    }
}
