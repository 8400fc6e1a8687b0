package org.xiangli.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The elderly-friendly layout rule (PRODUCT.md, 适老化) as a check on what a screen shows now: no text cut short
 * (JavaFX's "…"), none running off the screen, none under 24 px; every touch target at least 80 px tall and wholly
 * on screen; every paged area tall enough to read in. Text and buttons inside a scroll pane may lie beyond its
 * view: its pager brings them in. The layout tests and the scenario runner's {@code fits} step both judge with it.
 * Call on the JavaFX thread, after CSS and layout (a render does both).
 */
public final class LayoutRule {

    public static final double MIN_TARGET_PX = 80;
    public static final double MIN_TEXT_PX = 24;
    /** A paged area shorter than this shows hardly a line: the page around it has run out of room. */
    public static final double MIN_PAGED_AREA_PX = 100;

    private LayoutRule() {
    }

    /** What breaks the rule on the screen under {@code root}, one line each; empty when it holds. */
    public static List<String> problems(Parent root) {
        List<String> problems = new ArrayList<>();
        for (Node node : ScreenReader.shownNodes(root)) {
            Optional<String> text = ScreenReader.textOf(node);
            if (node instanceof Labeled labeled) {
                truncation(labeled).ifPresent(t -> problems.add("text cut off: " + t));
            }
            if (text.isPresent()) {
                fontOf(node).filter(f -> f.getSize() < MIN_TEXT_PX - 0.01).ifPresent(f -> problems.add(
                        "text too small (" + f.getSize() + " px): '" + text.get() + "'"));
                if (!ScreenReader.insideScrollPane(node) && !ScreenReader.fullyOnScreen(node)) {
                    problems.add("text runs off the screen: '" + text.get() + "' at " + where(node));
                }
            }
            if (node instanceof ButtonBase button) {
                if (button.getHeight() < MIN_TARGET_PX - 0.01) {
                    problems.add("touch target " + Math.round(button.getHeight()) + " px tall: '" + label(button)
                            + "'");
                }
                if (!ScreenReader.insideScrollPane(node) && !ScreenReader.fullyOnScreen(node)) {
                    problems.add("touch target off the screen: '" + label(button) + "' at " + where(node));
                }
            }
            if (node instanceof ScrollPane scroll && scroll.getContent() != null
                    && scroll.getViewportBounds().getHeight() < MIN_PAGED_AREA_PX) {
                problems.add("paged area only " + Math.round(scroll.getViewportBounds().getHeight())
                        + " px tall: the page has no room left for its content");
            }
            if (node.getStyleClass().contains("paged-viewport") && node instanceof javafx.scene.layout.Region r
                    && r.getHeight() < MIN_PAGED_AREA_PX) {
                problems.add("paged area only " + Math.round(r.getHeight())
                        + " px tall: the page has no room left for its content");
            }
        }
        return problems;
    }

    /** A labeled control whose text JavaFX had to cut (it shows an ellipsis instead of the whole text). */
    public static Optional<String> truncation(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && !shown.getText().equals(text)) {
                return Optional.of("'" + text + "' shown as '" + shown.getText() + "'");
            }
        }
        return Optional.empty();
    }

    private static Optional<Font> fontOf(Node node) {
        return switch (node) {
            case Labeled l -> Optional.ofNullable(l.getFont());
            case Text t -> Optional.ofNullable(t.getFont());
            default -> Optional.empty();
        };
    }

    private static String label(ButtonBase button) {
        if (button.getText() != null && !button.getText().isBlank()) {
            return button.getText();
        }
        // A tile: its words are in its graphic.
        if (button.getGraphic() instanceof Parent graphic) {
            return String.join(" ", ScreenReader.texts(graphic));
        }
        return button.getClass().getSimpleName();
    }

    private static String where(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return String.format("x %.0f-%.0f, y %.0f-%.0f", b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY());
    }
}
