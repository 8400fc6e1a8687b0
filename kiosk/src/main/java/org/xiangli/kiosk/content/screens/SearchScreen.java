package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Pane;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.ui.LetterKeypad;
import org.xiangli.kiosk.ui.PagedView;

/**
 * Search without a Chinese keyboard: pinyin initials on the letter pad (ylbx → 养老保险), or one touch on a common
 * word (医保, 补贴…). Results follow each key press, title hits first, then the newest.
 */
public final class SearchScreen implements Screen {

    static final int MAX_INITIALS = 8;
    static final int MAX_RESULTS = 50;
    /** More than a page of the result column holds, upright or beside the pad, in normal or large text. */
    static final int FIRST_PAGE_ENTRIES = 10;

    private final Messages messages;
    private final ContentLibrary library;
    private final Consumer<Screen> open;
    private final ContentPages screens;
    private final StringProperty query = new SimpleStringProperty("");
    private final Label shown = new Label();
    private final Label count = new Label();
    private final VBox results = new VBox(12);
    /** Counts refreshes: the entries left for later are added only if no other refresh came meanwhile. */
    private int refreshes;
    private final LetterKeypad keypad;
    private final PagedView pages;
    /** What the right column (below, upright) shows: the common words before typing, the results after. */
    private final VBox side;
    private final VBox suggestions;
    private final VBox found;
    private final Pane node;
    private final boolean portrait;

    /**
     * @param portrait upright screens stack the pad above the results; landscape ones put them side by side
     */
    public SearchScreen(Messages messages, ContentLibrary library, Consumer<Screen> open, ContentPages screens,
                        boolean portrait) {
        this.messages = messages;
        this.library = library;
        this.open = open;
        this.screens = screens;
        this.portrait = portrait;
        shown.getStyleClass().addAll("entry-field", "search-query");
        shown.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(messages.get("search.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        keypad = new LetterKeypad(query, MAX_INITIALS, messages);
        keypad.setMaxWidth(Region.USE_PREF_SIZE);
        if (portrait) {
            // Upright, the pad has the screen's width: wide keys, easier to hit.
            keypad.fillWidth();
        }
        FlowPane words = new FlowPane(12, 12);
        words.getStyleClass().add("quick-words");
        for (String word : Arrays.stream(messages.get("search.quickWords").split(",")).map(String::strip).toList()) {
            Button b = new Button(word);
            b.getStyleClass().add("quick-word");
            b.setOnAction(e -> query.set(word));
            words.getChildren().add(b);
        }
        Label wordsTitle = new Label(messages.get("search.quickWordsTitle"));
        wordsTitle.getStyleClass().add("section-title");
        suggestions = new VBox(12, hint, wordsTitle, words);
        count.getStyleClass().add("section-title");
        count.setWrapText(true);
        pages = new PagedView(results, messages);
        VBox.setVgrow(pages.node(), Priority.ALWAYS);
        found = new VBox(12, count, pages.node());
        VBox.setVgrow(found, Priority.ALWAYS);
        side = new VBox(12);
        VBox.setVgrow(side, Priority.ALWAYS);
        if (portrait) {
            VBox column = new VBox(16, shown, keypad, side);
            column.setAlignment(Pos.TOP_CENTER);
            node = column;
        } else {
            // The pad and its field on the left, what it finds (or the common words) on the right.
            VBox left = new VBox(16, shown, keypad);
            left.getStyleClass().add("search-input");
            left.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(side, Priority.ALWAYS);
            HBox row = new HBox(32, left, side);
            row.setAlignment(Pos.TOP_LEFT);
            node = row;
        }
        query.addListener((o, was, is) -> refresh());
        refresh();
    }

    /** Types or sets the query, as the pad and word buttons do (tests and the shell use it). */
    public void search(String text) {
        query.set(text);
    }

    LetterKeypad keypad() {
        return keypad;
    }

    List<ContentItem> shownItems() {
        return library.search(query.get(), MAX_RESULTS);
    }

    private void refresh() {
        int asked = ++refreshes;
        String text = query.get() == null ? "" : query.get();
        shown.setText(text.isEmpty() ? messages.get("search.placeholder") : text);
        results.getChildren().clear();
        pages.toTop();
        if (text.isBlank()) {
            side.getChildren().setAll(suggestions);
            return;
        }
        side.getChildren().setAll(found);
        List<ContentItem> items = library.search(text, MAX_RESULTS);
        count.setText(items.isEmpty() ? messages.get("search.none", text) : messages.get("search.count", items.size()));
        // The first page's entries come with this keystroke's frame; the rest in a later turn of the UI thread,
        // unless another letter came first. Building all 50 each keystroke was most of its 50-80 ms (issue 18).
        int first = Math.min(FIRST_PAGE_ENTRIES, items.size());
        addEntries(items.subList(0, first));
        if (items.size() > first) {
            org.xiangli.kiosk.ui.FxUi.later(() -> {
                if (asked == refreshes) {
                    addEntries(items.subList(first, items.size()));
                }
            });
        }
    }

    private void addEntries(List<ContentItem> items) {
        for (ContentItem item : items) {
            // Beside the pad the column is narrow: a summary would make one entry taller than a page.
            results.getChildren().add(ItemEntries.entry(item, messages, () -> open.accept(screens.article(item)),
                    portrait));
        }
    }

    @Override
    public String title() {
        return messages.get("search.title");
    }

    @Override
    public Node view() {
        return node;
    }
}
