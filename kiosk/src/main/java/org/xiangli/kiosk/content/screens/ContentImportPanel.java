package org.xiangli.kiosk.content.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.content.sync.UsbImportProgress;
import org.xiangli.kiosk.i18n.Messages;

/**
 * What a USB import is doing, over the current page: a progress bar and one line per bundle, refusals in red
 * with their reason, so the technician at the kiosk sees at once whether the stick worked.
 */
public final class ContentImportPanel {

    private final Messages messages;
    private final StackPane node = new StackPane();
    private final VBox lines = new VBox(8);
    private final ProgressBar bar = new ProgressBar(0);
    private final Button close;

    public ContentImportPanel(Messages messages, Runnable onClose) {
        this.messages = messages;
        Label title = new Label(messages.get("import.title"));
        title.getStyleClass().add("section-title");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(32);
        close = new Button(messages.get("import.close"));
        close.getStyleClass().add("primary");
        close.setOnAction(e -> onClose.run());
        close.setDisable(true);
        VBox panel = new VBox(16, title, bar, lines, close);
        panel.getStyleClass().add("import-panel");
        panel.setAlignment(Pos.TOP_LEFT);
        node.getStyleClass().add("overlay-scrim");
        node.getChildren().add(panel);
    }

    public Node node() {
        return node;
    }

    public void show(UsbImportProgress p) {
        switch (p.phase()) {
            case IMPORTING -> {
                bar.setProgress((p.index() - 1) / (double) p.total());
                lines.getChildren().add(line(messages.get("import.importing", p.index(), p.total(), p.file()),
                        "importing"));
            }
            case APPLIED -> replaceLast(line(messages.get("import.applied", p.index(), p.total(), p.file()), "applied"));
            case UP_TO_DATE -> replaceLast(line(messages.get("import.upToDate", p.index(), p.total(), p.file()),
                    "applied"));
            case REJECTED -> replaceLast(line(messages.get("import.rejected", p.index(), p.total(),
                    p.file() + " — " + p.detail()), "rejected"));
            case DONE -> {
                bar.setProgress(1);
                lines.getChildren().add(line(messages.get("import.done"), ""));
                close.setDisable(false);
            }
        }
    }

    /** The outcome of a bundle takes the place of its "importing" line (a stick found at start has none). */
    private void replaceLast(Label line) {
        if (!lines.getChildren().isEmpty() && lines.getChildren().getLast().getStyleClass().contains("importing")) {
            lines.getChildren().removeLast();
        }
        lines.getChildren().add(line);
    }

    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("import-line");
        if (!style.isEmpty()) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
