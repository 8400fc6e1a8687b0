package org.xiangli.kiosk.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Walks the visible scene graph the way a villager sees it: for overflowing text and small touch targets. */
public final class SceneWalker {

    private SceneWalker() {
    }

    static List<Node> visibleNodes(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        out.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    static <T extends Node> List<T> find(Parent root, Class<T> type, Predicate<T> filter) {
        return visibleNodes(root).stream().filter(type::isInstance).map(type::cast).filter(filter).toList();
    }

    public static <T extends Node> T first(Parent root, Class<T> type, Predicate<T> filter) {
        return find(root, type, filter).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no visible " + type.getSimpleName() + " matches"));
    }

    /** A labeled control whose text JavaFX had to cut (it shows an ellipsis instead of the whole text). */
    static Optional<String> truncation(Labeled labeled) {
        return org.xiangli.kiosk.ui.LayoutRule.truncation(labeled);
    }

    /** Visible text of everything on screen, for "no personal data left" checks. */
    public static String allText(Parent root) {
        StringBuilder sb = new StringBuilder();
        for (Node node : visibleNodes(root)) {
            if (node instanceof Labeled l && l.getText() != null) {
                sb.append(l.getText()).append('\n');
            } else if (node instanceof Text t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Every text in the tree, visible or not, inside scroll panes whether they are skinned yet or not: what the UI
     * can still reach (the personal-data checks of the payments tests). Call on the JavaFX thread.
     */
    static String everyText(Node node) {
        StringBuilder sb = new StringBuilder();
        collectText(node, sb);
        return sb.toString();
    }

    private static void collectText(Node node, StringBuilder sb) {
        if (node instanceof Labeled l) {
            sb.append(l.getText()).append('\n');
        } else if (node instanceof Text t) {
            sb.append(t.getText()).append('\n');
        }
        if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collectText(sp.getContent(), sb);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectText(child, sb);
            }
        }
    }

    static boolean fullyOnScreen(Node node) {
        return org.xiangli.kiosk.ui.ScreenReader.fullyOnScreen(node);
    }
}
