package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.i18n.Messages;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.MarkdownBlocks;

/** The bulletin board (电子公告栏) shown when nobody uses the kiosk: featured notices, one slide at a time. */
final class AttractLoop {

    /** About three lines at the board's type size on a 1080p screen. */
    private static final int EXCERPT_CHARS = 90;

    private final VBox node = new VBox();
    private final Label category = new Label();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label date = new Label();
    private final List<ContentItem> slides;
    private final List<Category> categories;
    private final Messages messages;
    private final Timeline timeline;
    private int index = -1;

    AttractLoop(Messages messages, List<ContentItem> slides, List<Category> categories, Duration slideTime) {
        this.messages = messages;
        this.slides = List.copyOf(slides);
        this.categories = categories;
        node.getStyleClass().add("attract");
        node.setAlignment(Pos.CENTER_LEFT);
        Label banner = new Label(messages.get("attract.banner"));
        banner.getStyleClass().add("attract-banner");
        category.getStyleClass().add("attract-category");
        title.getStyleClass().add("attract-title");
        title.setWrapText(true);
        summary.getStyleClass().add("attract-summary");
        summary.setWrapText(true);
        date.getStyleClass().add("attract-category");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(messages.get("attract.hint"));
        hint.getStyleClass().add("attract-hint");
        node.getChildren().addAll(banner, category, title, summary, date, spacer, hint);
        timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(slideTime.toMillis()), e -> next()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        next();
    }

    /** The opening paragraphs: tables and lists read badly as one run of text on a board. */
    private static String excerpt(String markdown) {
        StringBuilder text = new StringBuilder();
        for (MarkdownBlocks.Block block : MarkdownBlocks.parse(markdown)) {
            if (block instanceof MarkdownBlocks.Paragraph p && text.length() < EXCERPT_CHARS) {
                p.spans().forEach(span -> text.append(span.text()));
            }
        }
        return text.length() <= EXCERPT_CHARS ? text.toString() : text.substring(0, EXCERPT_CHARS) + "……";
    }

    VBox node() {
        return node;
    }

    void start() {
        timeline.play();
    }

    void stop() {
        timeline.stop();
    }

    int currentIndex() {
        return index;
    }

    void next() {
        if (slides.isEmpty()) {
            title.setText(messages.get("attract.empty"));
            return;
        }
        index = (index + 1) % slides.size();
        ContentItem item = slides.get(index);
        Locale locale = messages.locale();
        category.setText(categories.stream().filter(c -> c.code().equals(item.category())).findFirst()
                .map(c -> c.name(locale)).orElse(""));
        title.setText(item.title());
        // Without a summary the board shows the opening of the text: a title alone says too little from afar.
        summary.setText(item.summary().isEmpty() ? excerpt(item.bodyMarkdown()) : item.summary());
        date.setText(messages.get("publicity.published", messages.date(item.published())) + "    "
                + messages.get("attract.position", index + 1, slides.size()));
    }
}
