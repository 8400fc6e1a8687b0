package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.MarkdownBlocks;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.xiangli.kiosk.content.MarkdownBlocks.Block;
import org.xiangli.kiosk.content.MarkdownBlocks.Span;
import org.xiangli.kiosk.i18n.Messages;

/** Lays out a body's blocks as large, wrapping text, lists, bordered tables (wide ones paged sideways) and images. */
final class ArticleView {

    /** Width of an image in the text; touching it shows it as large as the screen allows. */
    static final double IMAGE_WIDTH = 720;

    private ArticleView() {
    }

    static VBox render(String markdown, Messages messages) {
        return render(markdown, messages, name -> Optional.empty(), image -> { });
    }

    /**
     * @param assets  the bytes of a bundle image by the path the Markdown gives
     * @param enlarge called with an image the reader touched, to show it full size
     */
    static VBox render(String markdown, Messages messages, Function<String, Optional<byte[]>> assets,
                       Consumer<Image> enlarge) {
        VBox box = new VBox();
        box.getStyleClass().add("article");
        for (Block block : MarkdownBlocks.parse(markdown)) {
            box.getChildren().add(switch (block) {
                case MarkdownBlocks.Heading h -> heading(h);
                case MarkdownBlocks.Paragraph p -> flow(p.spans());
                case MarkdownBlocks.ListBlock l -> list(l);
                case MarkdownBlocks.Table t -> TablePager.needed(t) ? new TablePager(t, messages).node()
                        : table(t.header(), t.rows());
                case MarkdownBlocks.Image img -> image(img, messages, assets, enlarge);
            });
        }
        return box;
    }

    private static Node heading(MarkdownBlocks.Heading h) {
        Label label = new Label(h.spans().stream().map(Span::text).reduce("", String::concat));
        label.getStyleClass().add("heading-" + h.level());
        label.setWrapText(true);
        return label;
    }

    private static TextFlow flow(List<Span> spans) {
        TextFlow flow = new TextFlow();
        for (Span span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().add(span.bold() ? "body-bold" : "body-text");
            flow.getChildren().add(text);
        }
        flow.setLineSpacing(6);
        return flow;
    }

    private static Node list(MarkdownBlocks.ListBlock l) {
        VBox box = new VBox(8);
        int n = 1;
        for (List<Span> item : l.items()) {
            Text marker = new Text(l.ordered() ? (n++) + ". " : "• ");
            marker.getStyleClass().add("body-bold");
            TextFlow flow = flow(item);
            flow.getChildren().addFirst(marker);
            box.getChildren().add(flow);
        }
        return box;
    }

    private static Node image(MarkdownBlocks.Image img, Messages messages, Function<String, Optional<byte[]>> assets,
                              Consumer<Image> enlarge) {
        Optional<Image> image = assets.apply(img.path()).map(bytes -> new Image(new ByteArrayInputStream(bytes)))
                .filter(i -> !i.isError());
        if (image.isEmpty()) {
            // An image the bundle did not carry (or cannot be decoded): say what it shows instead.
            Label label = new Label(messages.get("article.image", img.alt()));
            label.setWrapText(true);
            return label;
        }
        ImageView view = new ImageView(image.get());
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(IMAGE_WIDTH, image.get().getWidth()));
        Label caption = new Label(img.alt() + "  " + messages.get("article.tapToEnlarge"));
        caption.getStyleClass().add("hint");
        caption.setWrapText(true);
        VBox content = new VBox(8, view, caption);
        Button button = new Button();
        button.setGraphic(content);
        button.getStyleClass().add("article-image");
        button.setOnAction(e -> enlarge.accept(image.get()));
        return button;
    }

    static Node table(List<String> header, List<List<String>> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("table");
        for (int c = 0; c < header.size(); c++) {
            grid.add(cell(header.get(c), true), c, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                grid.add(cell(row.get(c), false), c, r + 1);
            }
        }
        return grid;
    }

    private static Label cell(String text, boolean header) {
        Label label = new Label(text);
        label.getStyleClass().add(header ? "header-cell" : "body-cell");
        label.getStyleClass().add("cell");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }
}
