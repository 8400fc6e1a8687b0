package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.MarkdownBlocks;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.ui.QrImages;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.ui.Notices;
import org.xiangli.kiosk.ui.PagedView;

/**
 * The reader: one item in large type, turned page by page with big buttons, read aloud on request, its images
 * enlarged on touch, and a QR code to take it along on a phone when it has a public URL.
 */
public final class ArticleScreen implements Screen {

    static final int QR_SIZE = 200;

    private final ContentItem item;
    private final Messages messages;
    private final Speech speech;
    private final StackPane node = new StackPane();
    private final PagedView pages;
    private final StackPane zoom = new StackPane();

    public ArticleScreen(Messages messages, ContentItem item, List<Category> categories, Speech speech) {
        this(messages, item, categories, speech, name -> Optional.empty());
    }

    public ArticleScreen(Messages messages, ContentItem item, List<Category> categories, Speech speech,
                         Function<String, Optional<byte[]>> assets) {
        this.item = item;
        this.messages = messages;
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
        Label noVoice = new Label();
        noVoice.setWrapText(true);
        noVoice.managedProperty().bind(noVoice.textProperty().isNotEmpty());
        read.setOnAction(e -> {
            if (speech.isAvailable()) {
                speech.speak(item.title() + "\n" + MarkdownBlocks.plainText(item.bodyMarkdown()));
            } else {
                // Silence would look like a broken button: say on screen why nothing is read.
                Notices.error(noVoice, messages.get("article.noVoice"), text -> { });
            }
        });
        Button stop = new Button(messages.get("article.stopReading"));
        stop.getStyleClass().add("stop-reading");
        stop.setOnAction(e -> speech.stop());
        // Where and when beside the read-aloud buttons, one line where there is room: every line above the text
        // is a line less of it on each page of the 1280×800 screen.
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(24, 12, meta, read, stop, noVoice);
        top.setAlignment(Pos.CENTER_LEFT);
        pages = new PagedView(ArticleView.render(item.bodyMarkdown(), messages, assets, this::enlarge,
                item.title()), messages);
        BorderPane reader = new BorderPane();
        reader.setTop(top);
        item.url().ifPresent(url -> {
            Node qr = qr(url, messages);
            reader.setRight(qr);
            BorderPane.setMargin(qr, new javafx.geometry.Insets(16, 0, 0, 24));
            BorderPane.setAlignment(qr, Pos.TOP_CENTER);
        });
        reader.setCenter(pages.node());
        BorderPane.setMargin(pages.node(), new javafx.geometry.Insets(16, 0, 0, 0));
        zoom.getStyleClass().add("image-zoom");
        zoom.setVisible(false);
        node.getChildren().addAll(reader, zoom);
    }

    private static Node qr(String url, Messages messages) {
        ImageView code = new ImageView(QrImages.image(url, QR_SIZE));
        code.getStyleClass().add("article-qr");
        Label hint = new Label(messages.get("article.scanToRead"));
        hint.getStyleClass().add("qr-hint");
        VBox box = new VBox(4, code, hint);
        box.setAlignment(Pos.TOP_CENTER);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Shows an image as large as the page allows; any touch on it closes it again. */
    /** The band under an enlarged picture where "轻触任意处关闭大图" stands. */
    private static final double ZOOM_HINT_ROOM = 72;

    void enlarge(Image image) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(zoom.widthProperty().subtract(64));
        // Room under the picture for the hint, which would otherwise lie over the picture's foot.
        view.fitHeightProperty().bind(zoom.heightProperty().subtract(64 + ZOOM_HINT_ROOM));
        StackPane.setMargin(view, new javafx.geometry.Insets(0, 0, ZOOM_HINT_ROOM, 0));
        Label hint = new Label(messages.get("article.tapToClose"));
        hint.getStyleClass().add("zoom-hint");
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        zoom.getChildren().setAll(view, hint);
        zoom.setOnMouseClicked(e -> closeZoom());
        zoom.setVisible(true);
    }

    boolean isZoomed() {
        return zoom.isVisible();
    }

    void closeZoom() {
        zoom.setVisible(false);
        zoom.getChildren().clear();
    }

    PagedView pages() {
        return pages;
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
