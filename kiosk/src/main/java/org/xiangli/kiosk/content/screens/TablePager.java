package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.MarkdownBlocks;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;

/**
 * A wide table (a financial disclosure with seven columns) paged sideways: the first column — what the row is
 * about — always shows, the others a few at a time, turned by big buttons instead of a horizontal scrollbar.
 */
final class TablePager {

    static final int COLUMNS_PER_PAGE = 3;

    private final MarkdownBlocks.Table table;
    private final Messages messages;
    private final VBox node = new VBox(12);
    /** A stack, so the pager of the article can end a page between two rows of the table it holds. */
    private final VBox holder = new VBox();
    private final String title;
    private final Label position = new Label();
    private final Button previous;
    private final Button next;
    private int page;

    TablePager(MarkdownBlocks.Table table, String title, Messages messages) {
        this.table = table;
        this.title = title;
        this.messages = messages;
        previous = new Button(messages.get("table.previousColumns"));
        previous.getStyleClass().addAll("pager-button", "table-previous");
        previous.setOnAction(e -> show(page - 1));
        next = new Button(messages.get("table.nextColumns"));
        next.getStyleClass().addAll("pager-button", "table-next");
        next.setOnAction(e -> show(page + 1));
        position.getStyleClass().add("pager-position");
        HBox bar = new HBox(16, previous, position, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        node.getChildren().addAll(holder, bar);
        show(0);
    }

    static boolean needed(MarkdownBlocks.Table table) {
        return table.header().size() > COLUMNS_PER_PAGE + 1;
    }

    Node node() {
        return node;
    }

    int pages() {
        return (int) Math.ceil((table.header().size() - 1) / (double) COLUMNS_PER_PAGE);
    }

    void show(int wanted) {
        page = Math.clamp(wanted, 0, pages() - 1);
        int from = 1 + page * COLUMNS_PER_PAGE;
        int to = Math.min(table.header().size(), from + COLUMNS_PER_PAGE);
        holder.getChildren().setAll(ArticleView.table(columns(table.header(), from, to),
                table.rows().stream().map(r -> columns(r, from, to)).toList(), title, messages));
        position.setText(messages.get("table.position", from + 1, to, table.header().size()));
        previous.setDisable(page == 0);
        next.setDisable(page == pages() - 1);
    }

    private static List<String> columns(List<String> row, int from, int to) {
        List<String> out = new ArrayList<>();
        out.add(row.isEmpty() ? "" : row.getFirst());
        for (int c = from; c < to; c++) {
            out.add(c < row.size() ? row.get(c) : "");
        }
        return out;
    }
}
