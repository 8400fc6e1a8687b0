package org.xiangli.kiosk.content;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.shell.Messages;

/** One item in a list (a category, search results): a big touch card with tag, title, summary and date. */
final class ItemEntries {

    private ItemEntries() {
    }

    static VBox entry(ContentItem item, Messages messages, Runnable open) {
        String tag = switch (item.priority()) {
            case URGENT -> messages.get("publicity.tag.urgent");
            case PINNED -> messages.get("publicity.tag.pinned");
            case NORMAL -> "";
        };
        Label title = new Label(tag + item.title());
        title.getStyleClass().add("entry-title");
        title.setWrapText(true);
        Label meta = new Label(messages.get("publicity.published", messages.date(item.published())));
        meta.getStyleClass().add("entry-meta");
        VBox content = new VBox(6, title, meta);
        if (!item.summary().isEmpty()) {
            Label summary = new Label(item.summary());
            summary.setWrapText(true);
            content.getChildren().add(1, summary);
        }
        content.setAlignment(Pos.CENTER_LEFT);
        // A card styled as a button rather than a Button: a Button's skin sizes a graphic of wrapping labels as
        // if they had almost no width, which makes each entry several screens tall.
        content.getStyleClass().addAll("button", "list-entry", "content-entry");
        content.setMaxWidth(Double.MAX_VALUE);
        content.setOnMouseClicked(e -> open.run());
        return content;
    }
}
