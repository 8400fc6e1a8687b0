package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.ui.PagedView;

/** 政策宣传·村务公开: category buttons and search on top, that category's items below (urgent and pinned first), paged. */
public final class PublicityScreen implements Screen {

    private final Messages messages;
    private final ContentLibrary library;
    private final Consumer<Screen> open;
    private final ContentPages screens;
    private final VBox node = new VBox(16);
    private final VBox list = new VBox(12);
    private final ToggleGroup group = new ToggleGroup();
    private final PagedView pages;

    public PublicityScreen(Messages messages, ContentLibrary library, Consumer<Screen> open, ContentPages screens) {
        this.messages = messages;
        this.library = library;
        this.open = open;
        this.screens = screens;
        FlowPane bar = new FlowPane(8, 8);
        bar.getStyleClass().add("category-bar");
        List<Category> categories = library.categories();
        for (Category category : categories) {
            ToggleButton button = new ToggleButton(category.name(messages.locale()));
            button.getStyleClass().add("category-" + category.code());
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                button.setSelected(true);
                showCategory(category);
            });
            bar.getChildren().add(button);
        }
        Button search = new Button(messages.get("search.open"));
        search.getStyleClass().addAll("primary", "search-open");
        search.setOnAction(e -> open.accept(screens.search()));
        bar.getChildren().add(search);
        pages = new PagedView(list, messages);
        VBox.setVgrow(pages.node(), Priority.ALWAYS);
        node.getChildren().addAll(bar, pages.node());
        if (!categories.isEmpty()) {
            ((ToggleButton) bar.getChildren().getFirst()).setSelected(true);
            showCategory(categories.getFirst());
        }
    }

    @Override
    public String title() {
        return messages.get("publicity.title");
    }

    @Override
    public Node view() {
        return node;
    }

    /** Shows one category's items (the category buttons call this). */
    public void showCategory(Category category) {
        list.getChildren().clear();
        if (pages != null) {
            pages.toTop();
        }
        List<ContentItem> items = library.itemsIn(category.code());
        if (items.isEmpty()) {
            Label empty = new Label(messages.get("publicity.empty"));
            empty.getStyleClass().add("hint");
            list.getChildren().add(empty);
        }
        for (ContentItem item : items) {
            list.getChildren().add(ItemEntries.entry(item, messages, () -> open.accept(screens.article(item))));
        }
    }
}
