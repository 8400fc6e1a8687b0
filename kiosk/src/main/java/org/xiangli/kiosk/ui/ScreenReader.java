package org.xiangli.kiosk.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Reads a laid-out scene the way a villager sees it: which nodes show (visible, inside the screen and inside every
 * clip around them, so a paged view's hidden pages do not count), their words in reading order, and what a finger
 * at a point would touch. The layout rule ({@link LayoutRule}) and the scenario runner read screens through it.
 * Call on the JavaFX thread, after CSS and layout (a render does both).
 */
public final class ScreenReader {

    /** Rows closer than this count as one line of reading (a button beside a label, a bit lower). */
    private static final double SAME_ROW = 12;

    private ScreenReader() {
    }

    /** Every node that shows at least in part, parents before their children. */
    public static List<Node> shownNodes(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (shownBounds(node).isPresent()) {
            out.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** The part of {@code node} that shows: inside the scene and every clip of its ancestors; empty when none. */
    public static Optional<Bounds> shownBounds(Node node) {
        if (node.getScene() == null) {
            return Optional.empty();
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double minX = Math.max(0, b.getMinX());
        double minY = Math.max(0, b.getMinY());
        double maxX = Math.min(node.getScene().getWidth(), b.getMaxX());
        double maxY = Math.min(node.getScene().getHeight(), b.getMaxY());
        for (Node a = node; a != null; a = a.getParent()) {
            if (a.getClip() != null) {
                Bounds clip = a.localToScene(a.getClip().getBoundsInParent());
                minX = Math.max(minX, clip.getMinX());
                minY = Math.max(minY, clip.getMinY());
                maxX = Math.min(maxX, clip.getMaxX());
                maxY = Math.min(maxY, clip.getMaxY());
            }
        }
        if (maxX <= minX || maxY <= minY) {
            return Optional.empty();
        }
        return Optional.of(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
    }

    /** Whether {@code node} and all its ancestors are visible and some of it shows. */
    public static boolean shows(Node node) {
        for (Node a = node; a != null; a = a.getParent()) {
            if (!a.isVisible() || a.getOpacity() == 0) {
                return false;
            }
        }
        return shownBounds(node).isPresent();
    }

    /**
     * The words a node shows itself: a labeled control's text, a text run's (except the one inside a labeled
     * control's skin, which the control already names); empty for others and for blank text.
     */
    public static Optional<String> textOf(Node node) {
        String text = switch (node) {
            case Labeled l -> l.getText();
            case Text t when !(t.getParent() instanceof Labeled) -> t.getText();
            default -> null;
        };
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The nodes with words that show, in reading order: top to bottom, then left to right within a row. */
    public static List<Node> textNodes(Parent root) {
        List<Node> out = new ArrayList<>(shownNodes(root).stream().filter(n -> textOf(n).isPresent()).toList());
        out.sort(readingOrder());
        return out;
    }

    /** The words on screen, in reading order. */
    public static List<String> texts(Parent root) {
        return textNodes(root).stream().map(n -> textOf(n).orElseThrow()).toList();
    }

    /** Top to bottom, then left to right, by the part of each node that shows. */
    public static Comparator<Node> readingOrder() {
        return (a, b) -> {
            Bounds x = shownBounds(a).orElseThrow();
            Bounds y = shownBounds(b).orElseThrow();
            if (Math.abs(x.getMinY() - y.getMinY()) > SAME_ROW) {
                return Double.compare(x.getMinY(), y.getMinY());
            }
            return Double.compare(x.getMinX(), y.getMinX());
        };
    }

    /**
     * What a finger touching {@code node} presses: the button around it (a tile's title is inside its button), or
     * the nearest node that handles presses itself (the station name); empty when touching it does nothing.
     */
    public static Optional<Node> tapTarget(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ButtonBase || n.getOnMousePressed() != null || n.getOnMouseClicked() != null
                    || n.getOnMouseReleased() != null || n.getOnTouchPressed() != null) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The topmost node a finger at {@code scenePoint} would touch (as the scene picks it), or empty. */
    public static Optional<Node> pick(Parent root, Point2D scenePoint) {
        return Optional.ofNullable(pickIn(root, scenePoint));
    }

    private static Node pickIn(Node node, Point2D scenePoint) {
        if (!node.isVisible() || node.isMouseTransparent()) {
            return null;
        }
        Point2D local = node.sceneToLocal(scenePoint);
        if (local == null) {
            return null;
        }
        if (node.getClip() != null && !node.getClip().getBoundsInParent().contains(local)) {
            return null;
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node hit = pickIn(children.get(i), scenePoint);
                if (hit != null) {
                    return hit;
                }
            }
        }
        boolean hit = node.isPickOnBounds() ? node.getBoundsInLocal().contains(local) : node.contains(local);
        return hit ? node : null;
    }

    /** Whether {@code node} lies inside a scroll pane or a paged view (its own paging moves it into view). */
    public static boolean insideScrollPane(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p.getStyleClass().contains("paged-viewport")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} lies wholly inside the scene (within a pixel). */
    public static boolean fullyOnScreen(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double tolerance = 1;
        return b.getMinX() >= -tolerance && b.getMinY() >= -tolerance
                && b.getMaxX() <= node.getScene().getWidth() + tolerance
                && b.getMaxY() <= node.getScene().getHeight() + tolerance;
    }
}
