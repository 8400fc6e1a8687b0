package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.ContentItem;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.ListEntry;

/** One item in a list (a category, search results): a big touch button with tag, title, summary and date. */
final class ItemEntries {

    private ItemEntries() {
    }

    static Button entry(ContentItem item, Messages messages, Runnable open) {
        return entry(item, messages, open, true);
    }

    /** @param withSummary false for a narrow column (search results beside the letter pad): title and date only */
    static Button entry(ContentItem item, Messages messages, Runnable open, boolean withSummary) {
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
        if (withSummary && !item.summary().isEmpty()) {
            Label summary = new Label(item.summary());
            summary.setWrapText(true);
            content.getChildren().add(1, summary);
        }
        Button entry = ListEntry.of(content, "content-entry");
        entry.setOnAction(e -> open.run());
        return entry;
    }
}
