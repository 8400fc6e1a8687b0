package org.xiangli.kiosk.content;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.xiangli.kiosk.shell.Messages;

/**
 * Long content shown a screenful at a time, turned by two big buttons (上一页 / 下一页) with "第 2/5 页" between:
 * elderly readers cannot hit a thin scrollbar or swipe reliably. Dragging still works for those who can.
 */
public final class PagedView {

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
        previous.setOnAction(e -> turn(-1));
        next = new Button(messages.get("pager.next"));
        next.getStyleClass().addAll("pager-button", "pager-next");
        next.setOnAction(e -> turn(1));
        position.getStyleClass().add("pager-position");
        HBox bar = new HBox(24, previous, position, next);
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

    int pages() {
        double viewport = scroll.getViewportBounds().getHeight();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        return viewport <= 0 ? 1 : Math.max(1, (int) Math.ceil(content / viewport - 0.01));
    }

    int page() {
        double viewport = scroll.getViewportBounds().getHeight();
        double overflow = scroll.getContent().getLayoutBounds().getHeight() - viewport;
        if (viewport <= 0 || overflow <= 0) {
            return 1;
        }
        return Math.min(pages(), 1 + (int) Math.round(scroll.getVvalue() * overflow / viewport));
    }

    void toTop() {
        scroll.setVvalue(0);
    }

    /** Turns one screenful forward (+1) or back (-1), keeping a line of overlap so no sentence is lost. */
    void turn(int direction) {
        double viewport = scroll.getViewportBounds().getHeight();
        double overflow = scroll.getContent().getLayoutBounds().getHeight() - viewport;
        if (overflow <= 0) {
            return;
        }
        double step = Math.max(viewport - 48, viewport / 2) / overflow;
        scroll.setVvalue(Math.clamp(scroll.getVvalue() + direction * step, 0, 1));
    }

    private void update() {
        int pages = pages();
        position.setText(messages.get("pager.position", page(), pages));
        previous.setDisable(scroll.getVvalue() <= 0.0001);
        // The bar always keeps its place: switching it in and out during a layout pass would misplace it.
        next.setDisable(pages <= 1 || scroll.getVvalue() >= 0.9999);
    }
}
