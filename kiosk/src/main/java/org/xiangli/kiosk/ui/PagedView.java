package org.xiangli.kiosk.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.xiangli.kiosk.i18n.Messages;

/**
 * Long content shown a page at a time, turned by two big buttons (上一页 / 下一页) with "第 2/5 页" between:
 * elderly readers cannot hit a thin scrollbar or swipe reliably (a firm swipe still turns a page).
 *
 * <p>The content is cut into pages before it is shown, like a printed booklet: a page ends before the first block
 * that does not fit on it whole, and nothing of that block shows at its foot. Blocks are the parts of the content's
 * vertical stacks ({@link VBox}), down to {@link #keepTogether kept-together} nodes (a bill with its QR code) and
 * to anything that is not a stack (a list entry, a row). A heading {@link #keepWithNext stays with} the block
 * after it. A page that starts inside a {@link #continued continued} section (a table, a payment item's records)
 * repeats the section's header (title and column headers) at its top. Only a block taller than a whole page is
 * turned through by screenfuls, with a line of overlap. The counter is the number of pages so cut, in every size.
 */
public final class PagedView {

    private static final String KEEP_TOGETHER = "xiangli.paged.keepTogether";
    private static final String KEEP_WITH_NEXT = "xiangli.paged.keepWithNext";
    private static final String CONTINUED = "xiangli.paged.continued";
    /** How deep to look for blocks: table rows inside a table inside a pager inside an article. */
    private static final int BLOCK_DEPTH = 8;
    /** The overlap of a screenful turn through a block taller than a page, so no line is lost between pages. */
    private static final double OVERLAP = 48;
    /** A swipe this long (px) turns a page. */
    private static final double SWIPE = 120;
    /** Pages beyond this are not cut (a runaway guard; real content has a handful). */
    private static final int MAX_PAGES = 500;
    private static final double EPS = 0.5;

    private final Viewport viewport;
    private final Button previous;
    private final Button next;
    private final Label position = new Label();
    private final BorderPane node = new BorderPane();
    private final Messages messages;
    private double pressedY = Double.NaN;

    /** Marks {@code node} as one block, never split between pages even when it is a stack. */
    public static <T extends Node> T keepTogether(T node) {
        node.getProperties().put(KEEP_TOGETHER, Boolean.TRUE);
        return node;
    }

    /** Marks {@code node} (a heading) to go on the page of the block after it. */
    public static <T extends Node> T keepWithNext(T node) {
        node.getProperties().put(KEEP_WITH_NEXT, Boolean.TRUE);
        return node;
    }

    /**
     * Marks {@code section} (a table, an item's records) as continued: a page that starts after its first part
     * shows {@code header} at its top (a new node each call: the title "（续）" and the column headers). Its first
     * part (the title) stays with the part after it.
     */
    public static VBox continued(VBox section, Supplier<Node> header) {
        section.getProperties().put(CONTINUED, header);
        return section;
    }

    public PagedView(Node content, Messages messages) {
        this.messages = messages;
        viewport = new Viewport(content);
        previous = new Button(messages.get("pager.previous"));
        previous.getStyleClass().addAll("pager-button", "pager-previous");
        // In a narrow column ("▲ Previous page" beside the search pad) the words take two lines rather than "…".
        previous.setWrapText(true);
        previous.setOnAction(e -> turn(-1));
        next = new Button(messages.get("pager.next"));
        next.getStyleClass().addAll("pager-button", "pager-next");
        next.setWrapText(true);
        next.setOnAction(e -> turn(1));
        position.getStyleClass().add("pager-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(16, previous, position, next);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("pager-bar");
        node.setCenter(viewport);
        node.setBottom(bar);
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressedY = e.getSceneY());
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            double dy = e.getSceneY() - pressedY;
            if (!Double.isNaN(dy) && Math.abs(dy) >= SWIPE) {
                turn(dy < 0 ? 1 : -1);
            }
            pressedY = Double.NaN;
        });
        update();
    }

    public BorderPane node() {
        return node;
    }

    /** How many pages the content takes at the size it has now (1 before it is laid out). */
    public int pages() {
        return Math.max(1, viewport.pages.size());
    }

    /** The page shown, from 1. */
    public int page() {
        return Math.min(viewport.index, pages() - 1) + 1;
    }

    public void toTop() {
        viewport.index = 0;
        viewport.requestLayout();
        update();
    }

    /** The content's y at the top of the page shown (under a repeated header). */
    public double top() {
        return viewport.pages.isEmpty() ? 0 : viewport.pages.get(page() - 1).start();
    }

    /** Turns one page forward (+1) or back (-1). */
    public void turn(int direction) {
        int wanted = Math.clamp(viewport.index + (long) direction, 0, pages() - 1);
        if (wanted != viewport.index) {
            viewport.index = wanted;
            viewport.requestLayout();
        }
        update();
    }

    private void update() {
        int pages = pages();
        position.setText(messages.get("pager.position", page(), pages));
        previous.setDisable(page() <= 1);
        // The bar always keeps its place: switching it in and out during a layout pass would misplace it.
        next.setDisable(page() >= pages);
    }

    /** One page: the content from {@code start} to {@code end}, under {@code header} when it continues a section. */
    private record Page(double start, double end, VBox section, double headerHeight) {
    }

    /** A part of the content that is never split, in the content's coordinates. */
    private record Block(double top, double bottom, VBox section, boolean keepWithNext) {
    }

    /**
     * The paged area: shows one page of the content, clipped to it, with the continued section's header over its
     * top. It cuts the pages again whenever its size or the content's height changes.
     */
    private final class Viewport extends Region {
        private final Node content;
        private final VBox header = new VBox();
        private final Rectangle clip = new Rectangle();
        private final Rectangle contentClip = new Rectangle();
        private final Map<VBox, Node> headers = new IdentityHashMap<>();
        private List<Page> pages = List.of();
        private int index;
        private double cutWidth = -1;
        private double cutHeight = -1;
        private double cutContentHeight = -1;
        private VBox headerShown;

        Viewport(Node content) {
            this.content = content;
            getStyleClass().add("paged-viewport");
            header.getStyleClass().add("paged-continued");
            header.setManaged(false);
            header.setMouseTransparent(true);
            getChildren().addAll(content, header);
            setClip(clip);
            content.setClip(contentClip);
            // New content (search results replaced, records wiped): cut again at the next layout.
            content.layoutBoundsProperty().addListener((o, a, b) -> requestLayout());
            if (content instanceof javafx.scene.Parent parent) {
                parent.getChildrenUnmodifiable().addListener(
                        (javafx.collections.ListChangeListener<Node>) c -> {
                            cutWidth = -1;
                            headers.clear();
                            requestLayout();
                        });
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            return content.prefWidth(-1);
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computeMinHeight(double width) {
            return 0;
        }

        @Override
        protected double computePrefHeight(double width) {
            return content.prefHeight(width > 0 ? width : -1);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            clip.setWidth(w);
            clip.setHeight(h);
            double ch = Math.max(content.prefHeight(w), content.minHeight(w));
            content.resize(w, ch);
            if (content instanceof javafx.scene.Parent parent) {
                parent.layout();
            }
            if (w != cutWidth || h != cutHeight || Math.abs(ch - cutContentHeight) > EPS) {
                cutWidth = w;
                cutHeight = h;
                cutContentHeight = ch;
                pages = cut(w, h, ch);
                index = Math.min(index, Math.max(0, pages.size() - 1));
            }
            Page page = pages.isEmpty() ? new Page(0, ch, null, 0) : pages.get(index);
            showHeader(page.section());
            // Over the section's own columns: a table inset in the article gets its headers right above its cells.
            Bounds columns = page.section() == null ? null
                    : content.sceneToLocal(page.section().localToScene(page.section().getBoundsInLocal()));
            if (columns == null) {
                header.resizeRelocate(0, 0, w, page.headerHeight());
            } else {
                header.resizeRelocate(columns.getMinX(), 0, columns.getWidth(), page.headerHeight());
            }
            content.relocate(0, page.headerHeight() - page.start());
            contentClip.setX(0);
            contentClip.setY(page.start());
            contentClip.setWidth(w);
            contentClip.setHeight(Math.max(0, page.end() - page.start()));
            update();
        }

        private void showHeader(VBox section) {
            if (section == headerShown) {
                return;
            }
            headerShown = section;
            if (section == null) {
                header.getChildren().clear();
            } else {
                header.getChildren().setAll(headerOf(section));
            }
        }

        @SuppressWarnings("unchecked")
        private Node headerOf(VBox section) {
            return headers.computeIfAbsent(section,
                    s -> ((Supplier<Node>) s.getProperties().get(CONTINUED)).get());
        }

        /** The header's height at this width, measured in the scene (styled as it will show). */
        private double headerHeight(VBox section, double w) {
            VBox was = headerShown;
            showHeader(section);
            header.applyCss();
            double height = header.prefHeight(w);
            showHeader(was);
            return height;
        }

        private List<Page> cut(double w, double h, double ch) {
            List<Block> blocks = new ArrayList<>();
            collect(content, null, 0, blocks);
            List<Page> out = new ArrayList<>();
            double start = 0;
            VBox section = null;
            double hh = 0;
            while (out.size() < MAX_PAGES) {
                double capacity = h - hh;
                double end = start + capacity;
                int i = firstNotFitting(blocks, end);
                if (ch <= end + EPS || i < 0) {
                    out.add(new Page(start, ch, section, hh));
                    break;
                }
                int j = i;
                while (j > 0 && blocks.get(j - 1).keepWithNext() && blocks.get(j - 1).top() > start + EPS) {
                    j--;
                }
                double next = blocks.get(j).top();
                if (next <= start + EPS) {
                    // The block (with its heading) is taller than the page: its heading alone, or a screenful.
                    next = blocks.get(i).top() > start + EPS ? blocks.get(i).top()
                            : start + Math.max(capacity - OVERLAP, capacity / 2);
                }
                out.add(new Page(start, next, section, hh));
                start = next;
                section = continuedAt(blocks, start);
                hh = section == null ? 0 : headerHeight(section, section.getWidth());
                if (hh > 0 && hh + firstHeight(blocks, start) > h + EPS) {
                    // The header would push the page's first block off it: the block whole comes first.
                    section = null;
                    hh = 0;
                }
            }
            return List.copyOf(out);
        }

        /** The height of the first block showing on a page that starts at {@code y}. */
        private static double firstHeight(List<Block> blocks, double y) {
            for (Block b : blocks) {
                if (b.bottom() > y + EPS) {
                    return b.bottom() - Math.max(b.top(), y);
                }
            }
            return 0;
        }

        private static int firstNotFitting(List<Block> blocks, double end) {
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).bottom() > end + EPS) {
                    return i;
                }
            }
            return -1;
        }

        /** The continued section a page starting at {@code y} is inside of, after its first part; or null. */
        private static VBox continuedAt(List<Block> blocks, double y) {
            for (Block b : blocks) {
                if (b.bottom() > y + EPS) {
                    if (b.section() == null) {
                        return null;
                    }
                    double sectionTop = blocks.stream().filter(x -> x.section() == b.section())
                            .mapToDouble(Block::top).min().orElse(y);
                    return sectionTop < y - EPS ? b.section() : null;
                }
            }
            return null;
        }

        private void collect(Node node, VBox section, int depth, List<Block> out) {
            if (!(node instanceof VBox stack)) {
                return;
            }
            boolean first = true;
            for (Node child : stack.getChildrenUnmodifiable()) {
                if (!child.isVisible() || !child.isManaged()) {
                    continue;
                }
                boolean keepWithNext = child.getProperties().containsKey(KEEP_WITH_NEXT)
                        || (first && stack.getProperties().containsKey(CONTINUED));
                first = false;
                boolean whole = child.getProperties().containsKey(KEEP_TOGETHER);
                if (child instanceof VBox inner && !whole && depth + 1 < BLOCK_DEPTH
                        && !inner.getChildrenUnmodifiable().isEmpty()) {
                    VBox innerSection = inner.getProperties().containsKey(CONTINUED) ? inner : section;
                    int before = out.size();
                    collect(inner, innerSection, depth + 1, out);
                    if (out.size() > before) {
                        if (keepWithNext) {
                            Block last = out.getLast();
                            out.set(out.size() - 1, new Block(last.top(), last.bottom(), last.section(), true));
                        }
                        continue;
                    }
                }
                Bounds b = content.sceneToLocal(child.localToScene(child.getBoundsInLocal()));
                if (b != null && b.getHeight() > 0) {
                    out.add(new Block(b.getMinY(), b.getMaxY(), section, keepWithNext));
                }
            }
        }
    }
}
