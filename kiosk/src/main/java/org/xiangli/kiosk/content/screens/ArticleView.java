package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.MarkdownBlocks;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.xiangli.kiosk.content.MarkdownBlocks.Block;
import org.xiangli.kiosk.content.MarkdownBlocks.Span;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.PagedView;

/** Lays out a body's blocks as large, wrapping text, lists, bordered tables (wide ones paged sideways) and images. */
final class ArticleView {

    /** Width of an image in the text; touching it shows it as large as the screen allows. */
    static final double IMAGE_WIDTH = 720;
    static final double IMAGE_HEIGHT = 200;

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
        return render(markdown, messages, assets, enlarge, "");
    }

    /** @param pageTitle the title the page already shows: a first heading that only repeats it is left out */
    static VBox render(String markdown, Messages messages, Function<String, Optional<byte[]>> assets,
                       Consumer<Image> enlarge, String pageTitle) {
        VBox box = new VBox();
        box.getStyleClass().add("article");
        // A table continued on the next page repeats the heading just above it (收入, 支出) as its title.
        String title = "";
        List<Block> blocks = MarkdownBlocks.parse(markdown);
        if (!blocks.isEmpty() && blocks.getFirst() instanceof MarkdownBlocks.Heading first && first.level() == 1
                && !pageTitle.isBlank()
                && pageTitle.startsWith(first.spans().stream().map(Span::text).reduce("", String::concat).strip())) {
            blocks = blocks.subList(1, blocks.size());
        }
        for (Block block : blocks) {
            String tableTitle = title;
            title = "";
            box.getChildren().add(switch (block) {
                case MarkdownBlocks.Heading h -> {
                    title = h.spans().stream().map(Span::text).reduce("", String::concat);
                    yield heading(h);
                }
                case MarkdownBlocks.Paragraph p -> flow(p.spans());
                case MarkdownBlocks.ListBlock l -> list(l);
                case MarkdownBlocks.Table t -> TablePager.needed(t) ? new TablePager(t, tableTitle, messages).node()
                        : table(t.header(), t.rows(), tableTitle, messages);
                case MarkdownBlocks.Image img -> image(img, messages, assets, enlarge);
            });
        }
        return box;
    }

    private static Node heading(MarkdownBlocks.Heading h) {
        Label label = new Label(h.spans().stream().map(Span::text).reduce("", String::concat));
        label.getStyleClass().add("heading-" + h.level());
        label.setWrapText(true);
        return PagedView.keepWithNext(label);
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
        Optional<byte[]> bytes = assets.apply(img.path());
        Optional<PictureSize> size = bytes.flatMap(PictureSize::ofPng);
        Optional<Image> decoded = size.isPresent() ? Optional.empty()
                : bytes.map(ArticleView::decode).filter(i -> !i.isError());
        if (size.isEmpty() && decoded.isEmpty()) {
            // An image the bundle did not carry (or cannot be decoded): say what it shows instead.
            Label label = new Label(messages.get("article.image", img.alt()));
            label.setWrapText(true);
            return label;
        }
        PictureSize full = size.orElseGet(() -> new PictureSize(decoded.get().getWidth(), decoded.get().getHeight()));
        // Never larger than the picture itself, and short enough to stand whole on a page of the 1280×800 screen.
        double scale = Math.min(1, Math.min(IMAGE_WIDTH / full.width(), IMAGE_HEIGHT / full.height()));
        double shownWidth = Math.round(full.width() * scale);
        double shownHeight = Math.round(full.height() * scale);
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setFitWidth(shownWidth);
        view.setFitHeight(shownHeight);
        StackPane frame = new StackPane(view);
        frame.setMinSize(shownWidth, shownHeight);
        frame.setPrefSize(shownWidth, shownHeight);
        frame.setMaxSize(shownWidth, shownHeight);
        if (decoded.isPresent()) {
            view.setImage(decoded.get());
        } else {
            // A PNG's size is in its header: the page is laid out and shown at once, and the picture, decoded at
            // the size it is shown (the whole picture only when touched), fills its place a moment later. Decoding
            // a 1440×960 infographic on the UI thread made its article the slowest page to open (issue 18).
            byte[] png = bytes.orElseThrow();
            CompletableFuture.supplyAsync(() -> new Image(new ByteArrayInputStream(png), shownWidth, shownHeight,
                    true, true)).thenAccept(image -> FxUi.later(() -> view.setImage(image)));
        }
        Label caption = new Label(img.alt() + "  " + messages.get("article.tapToEnlarge"));
        caption.getStyleClass().add("hint");
        caption.setWrapText(true);
        // A touchable stack rather than a button: a button measures a wrapped caption as if one character wide,
        // which made the picture's block many pages tall. One block, never split from its caption.
        // The caption beside the picture, not under it: the block stays short enough for a page of 1280×800.
        javafx.scene.layout.HBox content = PagedView.keepTogether(new javafx.scene.layout.HBox(16, frame, caption));
        content.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        content.getStyleClass().add("article-image");
        content.setOnMouseClicked(e -> decoded.or(() -> bytes.map(ArticleView::decode)).ifPresent(enlarge));
        return content;
    }

    private static Image decode(byte[] bytes) {
        return new Image(new ByteArrayInputStream(bytes));
    }

    /** A picture's size in pixels. */
    record PictureSize(double width, double height) {

        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        /** From a PNG's header (its IHDR chunk comes first), without decoding it; empty for anything else. */
        static Optional<PictureSize> ofPng(byte[] bytes) {
            if (bytes.length < 24 || !java.util.Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)
                    || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
                return Optional.empty();
            }
            java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bytes, 16, 8);
            int width = header.getInt();
            int height = header.getInt();
            return width > 0 && height > 0 ? Optional.of(new PictureSize(width, height)) : Optional.empty();
        }
    }

    /**
     * A bordered table as a stack of rows, each a grid with the same column shares, so a page can end between two
     * rows; a page that starts inside it repeats {@code title}（续） and the column headers.
     */
    static VBox table(List<String> header, List<List<String>> rows, String title, Messages messages) {
        double[] shares = shares(header, rows);
        VBox table = new VBox();
        table.getStyleClass().add("table");
        table.getChildren().add(row(header, shares, true));
        for (List<String> r : rows) {
            table.getChildren().add(row(r, shares, false));
        }
        return PagedView.continued(table, () -> {
            VBox repeat = new VBox(8);
            if (!title.isBlank()) {
                Label continued = new Label(messages.get("pager.continued", title));
                continued.getStyleClass().addAll("heading-2", "continued-title");
                continued.setWrapText(true);
                repeat.getChildren().add(continued);
            }
            VBox headerOnly = new VBox(row(header, shares, true));
            headerOnly.getStyleClass().add("table");
            repeat.getChildren().add(headerOnly);
            return repeat;
        });
    }

    private static GridPane row(List<String> cells, double[] shares, boolean header) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(header ? "table-header-row" : "table-row");
        for (double share : shares) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(share);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (int c = 0; c < shares.length; c++) {
            Label cell = cell(c < cells.size() ? cells.get(c) : "", header);
            GridPane.setFillHeight(cell, true);
            grid.add(cell, c, 0);
        }
        return grid;
    }

    /** Each column's share of the width (percent), by its longest cell: a 说明 column gets more than 金额. */
    private static double[] shares(List<String> header, List<List<String>> rows) {
        int columns = header.size();
        for (List<String> r : rows) {
            columns = Math.max(columns, r.size());
        }
        double[] weight = new double[columns];
        for (int c = 0; c < columns; c++) {
            int longest = c < header.size() ? header.get(c).codePointCount(0, header.get(c).length()) : 0;
            for (List<String> r : rows) {
                if (c < r.size()) {
                    longest = Math.max(longest, r.get(c).codePointCount(0, r.get(c).length()));
                }
            }
            weight[c] = Math.clamp(longest, 4, 14);
        }
        double sum = java.util.Arrays.stream(weight).sum();
        for (int c = 0; c < columns; c++) {
            weight[c] = weight[c] * 100 / sum;
        }
        return weight;
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
