package org.xiangli.kiosk.content;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.xiangli.kiosk.content.MarkdownBlocks.Block;
import org.xiangli.kiosk.content.MarkdownBlocks.Span;
import org.xiangli.kiosk.shell.Messages;

/** Lays out a body's blocks as large, wrapping text, lists and bordered tables. */
final class ArticleView {

    private ArticleView() {
    }

    /** Renders the body; a leading heading that repeats the title (shown above it already) is dropped. */
    static VBox render(String title, String markdown, Messages messages) {
        VBox box = new VBox();
        box.getStyleClass().add("article");
        List<Block> blocks = MarkdownBlocks.parse(markdown);
        if (!blocks.isEmpty() && blocks.getFirst() instanceof MarkdownBlocks.Heading h
                && h.spans().stream().map(Span::text).reduce("", String::concat).strip().equals(title.strip())) {
            blocks = blocks.subList(1, blocks.size());
        }
        for (Block block : blocks) {
            box.getChildren().add(switch (block) {
                case MarkdownBlocks.Heading h -> heading(h);
                case MarkdownBlocks.Paragraph p -> flow(p.spans());
                case MarkdownBlocks.ListBlock l -> list(l);
                case MarkdownBlocks.Table t -> table(t);
                case MarkdownBlocks.Image img -> {
                    // Images arrive with content bundles; until an asset is there, say what it shows.
                    Label label = new Label(messages.get("article.image", img.alt()));
                    label.setWrapText(true);
                    yield label;
                }
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

    private static Node table(MarkdownBlocks.Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("table");
        grid.setMaxWidth(GridPane.USE_PREF_SIZE);
        for (int c = 0; c < t.header().size(); c++) {
            grid.add(cell(t.header().get(c), true), c, 0);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
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
