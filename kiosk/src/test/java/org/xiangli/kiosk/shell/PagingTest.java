package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.content.screens.SearchScreen;
import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.ui.ScreenReader;

/**
 * Issue 19.3: every paged page turned through from the first page to the last, on every screen size, in normal and
 * large text. A page never shows a block in part (a line, a QR code cut at the edge of the paged area), a table
 * row shows with its table's column headers and title, a payment record with its item's heading and a payment QR
 * with its bill; the counter says 第 1 / N 页 … 第 N / N 页, once each, and 下一页 is off exactly on the last.
 */
class PagingTest {

    @TempDir
    static Path dataDirs;

    private static KioskFixture kiosk;
    private static String kioskSize = "";

    record Page(String name, BiConsumer<KioskShell, KioskFixture> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Page> PAGES = List.of(
            new Page("article-table", (s, k) -> s.open(s.screens().content().article(k.content("demo-02-finance-q3")))),
            new Page("payments-results", (s, k) -> s.open(s.screens().payments().results(
                    (LookupOutcome.Found) k.app().payments().desk().byCard(DemoIdentities.WANG_XIUYING)))),
            new Page("payments-unpaid", (s, k) -> s.open(s.screens().payments().results(
                    (LookupOutcome.Found) k.app().payments().desk().byCard(DemoIdentities.LI_JIANGUO)))),
            new Page("service-guide", (s, k) -> s.open(s.screens().queue().serviceGuide())),
            new Page("publicity", (s, k) -> s.open(s.screens().content().publicity())),
            new Page("search", (s, k) -> {
                Screen search = s.screens().content().search();
                s.open(search);
                ((SearchScreen) search).search("B");
            }),
            new Page("help", (s, k) -> s.open(s.screens().help())));

    static final List<String> INCOME = List.of("集体土地租金", "光伏发电收益", "上级转移支付");
    static final List<String> EXPENSES = List.of("道路维修", "水利设施", "保洁与垃圾清运", "办公及水电", "困难群众慰问");

    @TestFactory
    Stream<DynamicNode> everyPageOfEveryPagedViewIsWholeAndCountedExactly() {
        List<DynamicNode> sizes = new ArrayList<>();
        for (LayoutTest.Size size : LayoutTest.SIZES) {
            List<DynamicNode> tests = new ArrayList<>();
            for (boolean large : List.of(false, true)) {
                for (Page page : PAGES) {
                    tests.add(dynamicTest(page.name() + (large ? " large" : ""), () -> turnThrough(size, large, page)));
                }
            }
            sizes.add(dynamicContainer(size.toString(), tests.stream()));
        }
        return sizes.stream();
    }

    private static void turnThrough(LayoutTest.Size size, boolean large, Page page) {
        KioskFixture k = kiosk(size);
        KioskShell shell = k.shell();
        k.ui().run(() -> {
            shell.goHome();
            shell.setLargeText(large);
            page.open().accept(shell, k);
        });
        k.settle();
        String name = "paging-" + page.name() + "-" + size + (large ? "-large" : "");
        List<String> counters = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] continued = {0};
        for (int turn = 0; turn < 40; turn++) {
            int n = turn + 1;
            Boolean last = k.ui().call(() -> {
                Parent root = shell.root();
                root.applyCss();
                root.layout();
                Optional<Node> bar = ScreenReader.shownNodes(root).stream()
                        .filter(x -> x.getStyleClass().contains("pager-bar")).findFirst();
                if (bar.isEmpty()) {
                    return null;
                }
                Parent pager = bar.get().getParent();
                Label position = (Label) pager.lookup(".pager-position");
                Button next = (Button) pager.lookup(".pager-next");
                counters.add(position.getText());
                Node area = ((javafx.scene.layout.BorderPane) pager).getCenter();
                problems.addAll(pageProblems(root, area).stream().map(p -> "page " + n + ": " + p).toList());
                if (continued[0] == 0 && ScreenReader.shownNodes(root).stream()
                        .anyMatch(x -> x.getStyleClass().contains("continued-title"))) {
                    continued[0] = n;
                }
                if (next.isDisabled()) {
                    return true;
                }
                next.fire();
                return false;
            });
            if (last == null) {
                problems.add("no pager on the page");
                break;
            }
            if (continued[0] == n) {
                // The first page that continues a table or an item, as the README shows it.
                boolean turned = !last;
                if (turned) {
                    k.ui().run(() -> ((Button) shell.root().lookup(".pager-previous")).fire());
                }
                k.screenshot(name + "-continued");
                if (turned) {
                    k.ui().run(() -> ((Button) shell.root().lookup(".pager-next")).fire());
                }
            }
            if (!problems.isEmpty() || last) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            k.screenshot(name);
        }
        assertTrue(problems.isEmpty(), name + ":\n" + String.join("\n", problems));
        int pages = counters.size();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            expected.add(k.shell().messages().get("pager.position", i, pages));
        }
        assertEquals(expected, counters, name + ": the counter of each page, turned through to the last");
    }

    /** What is wrong with the page on screen now: parts of blocks, rows without their headings. */
    static List<String> pageProblems(Parent root, Node area) {
        List<String> problems = new ArrayList<>();
        Bounds view = area.localToScene(area.getBoundsInLocal());
        List<Node> shown = ScreenReader.shownNodes(root);
        List<String> texts = ScreenReader.texts(root);
        for (Node node : shown) {
            boolean inArea = isWithin(node, area);
            if (!inArea || !(ScreenReader.textOf(node).isPresent() || node instanceof ImageView)) {
                continue;
            }
            Bounds full = node.localToScene(node.getBoundsInLocal());
            Bounds part = ScreenReader.shownBounds(node).orElseThrow();
            if (part.getHeight() < full.getHeight() - 1.5) {
                problems.add("shown in part (" + Math.round(part.getHeight()) + " of " + Math.round(full.getHeight())
                        + " px): " + ScreenReader.textOf(node).orElse(node.getClass().getSimpleName()));
            }
        }
        for (Node node : shown) {
            if (!isWithin(node, area)) {
                continue;
            }
            String text = ScreenReader.textOf(node).orElse("");
            if (node.getStyleClass().contains("body-cell")) {
                for (Node header : headerCells(node)) {
                    String h = ((Label) header).getText();
                    if (!texts.contains(h)) {
                        problems.add("table row '" + text + "' without its column header '" + h + "'");
                    }
                }
            }
            if (EXPENSES.contains(text) && texts.stream().noneMatch(t -> t.startsWith("支出"))) {
                problems.add("expense row '" + text + "' without the title 支出");
            }
            if (INCOME.contains(text) && texts.stream().noneMatch(t -> t.startsWith("收入"))) {
                problems.add("income row '" + text + "' without the title 收入");
            }
            if (node.getStyleClass().contains("payments-line")) {
                String group = groupOf(root, node);
                if (texts.stream().noneMatch(t -> t.startsWith(group))) {
                    problems.add("payment record '" + text + "' without its heading '" + group + "'");
                }
            }
            if (node.getStyleClass().contains("payment-qr")) {
                Node bill = billOf(node);
                if (!ScreenReader.shows(bill)) {
                    problems.add("a payment QR without its bill");
                }
            }
        }
        return problems;
    }

    private static List<Node> headerCells(Node cell) {
        for (Node p = cell.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("table")) {
                return List.copyOf(p.lookupAll(".header-cell"));
            }
        }
        return List.of();
    }

    /** The item heading a record line belongs to: the last payments-group heading before it, in document order. */
    private static String groupOf(Parent root, Node line) {
        List<Node> all = new ArrayList<>();
        flatten(root, all);
        String group = "";
        for (Node n : all) {
            if (n == line) {
                break;
            }
            if (n.getStyleClass().contains("payments-group") && n instanceof Label l) {
                group = l.getText().split("\u3000")[0];
            }
        }
        return group;
    }

    private static void flatten(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                flatten(c, out);
            }
        }
    }

    /** The record line a payment QR stands beside (or under). */
    private static Node billOf(Node qr) {
        Node row = qr.getParent().getParent();
        return row.lookup(".payments-line");
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static KioskFixture kiosk(LayoutTest.Size size) {
        if (!kioskSize.equals(size.toString())) {
            closeKiosk();
            kiosk = new KioskFixture(dataDirs.resolve(size.toString()), size.width(), size.height(),
                    Locale.SIMPLIFIED_CHINESE);
            kioskSize = size.toString();
        }
        return kiosk;
    }

    @AfterAll
    static void closeKiosk() {
        if (kiosk != null) {
            kiosk.close();
            kiosk = null;
            kioskSize = "";
        }
    }
}
