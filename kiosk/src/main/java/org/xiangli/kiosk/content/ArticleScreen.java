package org.xiangli.kiosk.content;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.shell.Messages;
import org.xiangli.kiosk.shell.Screen;
import org.xiangli.kiosk.speech.Speech;

/** The reader: one item in large type, with read-aloud. */
public final class ArticleScreen implements Screen {

    private final Messages messages;
    private final ContentItem item;
    private final Speech speech;
    private final ScrollPane node;

    public ArticleScreen(Messages messages, ContentItem item, List<Category> categories, Speech speech) {
        this.messages = messages;
        this.item = item;
        this.speech = speech;
        String categoryName = categories.stream().filter(c -> c.code().equals(item.category())).findFirst()
                .map(c -> c.name(messages.locale())).orElse(item.category());
        Label meta = new Label(categoryName + "  ·  " + messages.get("publicity.published",
                messages.date(item.published()))
                + item.expires().map(e -> "  ·  " + messages.get("publicity.expires",
                        messages.date(e))).orElse(""));
        meta.getStyleClass().add("hint");
        meta.setWrapText(true);
        Button read = new Button(messages.get("article.readAloud"));
        read.getStyleClass().add("read-aloud");
        read.setOnAction(e -> speech.speak(item.title() + "\n" + MarkdownBlocks.plainText(item.bodyMarkdown())));
        Button stop = new Button(messages.get("article.stopReading"));
        stop.getStyleClass().add("stop-reading");
        stop.setOnAction(e -> speech.stop());
        HBox actions = new HBox(16, read, stop);
        VBox body = new VBox(16, meta, actions, ArticleView.render(item.title(), item.bodyMarkdown(), messages));
        node = new ScrollPane(body);
        node.setFitToWidth(true);
        node.setPannable(true);
    }

    @Override
    public String title() {
        return item.title();
    }

    @Override
    public Node view() {
        return node;
    }

    @Override
    public void leave() {
        speech.stop();
    }
}
