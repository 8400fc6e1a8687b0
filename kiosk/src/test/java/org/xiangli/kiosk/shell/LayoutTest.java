package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every screen in every orientation: no text cut off, every touch target at least 80 px tall, body text at least
 * 24 px, and a screenshot of each in target/screenshots (copied to docs/screenshots with -Dxiangli.docs=true).
 */
class LayoutTest {

    private static final double MIN_TARGET_PX = 80;
    private static final double MIN_TEXT_PX = 24;

    @TempDir
    Path dataDir;

    /** Simulators started for a page that shows the demo devices drawer; closed after each case. */
    private static final List<AutoCloseable> DEMO_DEVICES = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void closeDemoDevices() throws Exception {
        for (AutoCloseable devices : DEMO_DEVICES) {
            devices.close();
        }
        DEMO_DEVICES.clear();
    }

    record Page(String name, BiConsumer<KioskShell, KioskFixture> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> pages() {
        List<Page> pages = List.of(
                new Page("home", (s, k) -> { }),
                new Page("publicity", (s, k) -> s.open(s.screens().content().publicity())),
                new Page("article-table", (s, k) -> s.open(s.screens().content().article(k.content("demo-02-finance-q3")))),
                new Page("service-guide", (s, k) -> s.open(s.screens().queue().serviceGuide())),
                new Page("service-detail", (s, k) -> s.open(s.screens().queue().serviceDetail(k.services().getFirst()))),
                new Page("payments", (s, k) -> s.open(s.screens().payments().identify())),
                new Page("payments-unavailable", (s, k) -> s.open(s.screens().payments().unavailable())),
                new Page("id-entry", (s, k) -> s.open(s.screens().payments().idNumberEntry())),
                new Page("payments-phone", (s, k) -> s.open(s.screens().payments().phoneDigits(
                        org.xiangli.hal.card.DemoIdentities.LI_JIANGUO.idNumber().value()))),
                new Page("payments-results", (s, k) -> s.open(s.screens().payments().results(
                        (org.xiangli.kiosk.payments.LookupOutcome.Found) k.app().payments().desk()
                                .byCard(org.xiangli.hal.card.DemoIdentities.WANG_XIUYING)))),
                new Page("help", (s, k) -> s.open(s.screens().help())),
                new Page("technician-pin", (s, k) -> s.showPinDialog()),
                new Page("demo-tab", (s, k) -> DemoDevicesPanelTest.enableDemoDevices(s, k, DEMO_DEVICES)),
                new Page("demo-devices", (s, k) -> {
                    s.open(s.screens().payments().identify());
                    DemoDevicesPanelTest.enableDemoDevices(s, k, DEMO_DEVICES);
                    s.showDemoDevices();
                }),
                new Page("technician-menu", (s, k) -> s.open(s.screens().technicianMenu())),
                new Page("content-status", (s, k) -> {
                    ContentHistory.record(k.app().database());
                    s.open(s.screens().content().contentStatus());
                }));
        int[][] sizes = {{1920, 1080}, {1280, 800}, {1080, 1920}};
        List<Arguments> out = new ArrayList<>();
        for (int[] size : sizes) {
            for (Page page : pages) {
                out.add(Arguments.of(page, size[0], size[1], false));
            }
        }
        out.add(Arguments.of(pages.get(0), 1920, 1080, true));
        out.add(Arguments.of(pages.get(2), 1920, 1080, true));
        out.add(Arguments.of(pages.get(6), 1080, 1920, true));
        out.add(Arguments.of(pages.get(pages.size() - 3), 1920, 1080, true));
        out.add(Arguments.of(pages.getLast(), 1280, 800, true));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {1}x{2} large={3}")
    @MethodSource("pages")
    void everyScreenFitsAndHasBigTargets(Page page, int width, int height, boolean largeText) throws IOException {
        try (KioskFixture kiosk = new KioskFixture(dataDir, width, height, Locale.SIMPLIFIED_CHINESE)) {
            KioskShell shell = kiosk.shell();
            kiosk.ui().run(() -> {
                shell.setLargeText(largeText);
                page.open().accept(shell, kiosk);
            });
            String name = page.name() + "-" + width + "x" + height + (largeText ? "-large" : "");
            Path shot = kiosk.screenshot(name);
            List<String> problems = kiosk.ui().call(() -> problems(shell));
            assertTrue(problems.isEmpty(), name + ":\n" + String.join("\n", problems));
            publishToDocs(shot, width, height, largeText);
        }
    }

    private static List<String> problems(KioskShell shell) {
        List<String> problems = new ArrayList<>();
        for (Node node : SceneWalker.visibleNodes(shell.root())) {
            if (!SceneWalker.onScreen(node)) {
                continue;
            }
            if (node instanceof Labeled labeled) {
                SceneWalker.truncation(labeled).ifPresent(t -> problems.add("text cut off: " + t));
                if (labeled.getText() != null && !labeled.getText().isBlank()
                        && labeled.getFont().getSize() < MIN_TEXT_PX - 0.01) {
                    problems.add("text too small (" + labeled.getFont().getSize() + " px): " + labeled.getText());
                }
            }
            if (node instanceof Text text && !text.getText().isBlank() && text.getFont().getSize() < MIN_TEXT_PX - 0.01
                    && !(text.getParent() instanceof Labeled)) {
                problems.add("text too small (" + text.getFont().getSize() + " px): " + text.getText());
            }
            if (SceneWalker.isTouchTarget(node) && !SceneWalker.insideScrollPane(node)
                    && !SceneWalker.fullyOnScreen(node)) {
                problems.add("touch target outside the screen: " + ((ButtonBase) node).getText());
            }
            if (SceneWalker.isTouchTarget(node) && ((ButtonBase) node).getHeight() < MIN_TARGET_PX - 0.01) {
                problems.add("touch target " + ((ButtonBase) node).getHeight() + " px tall: "
                        + ((ButtonBase) node).getText());
            }
        }
        return problems;
    }

    /** Landscape 1920×1080 normal-size screenshots are the README's pictures; refreshed on request only. */
    private static void publishToDocs(Path shot, int width, int height, boolean largeText) throws IOException {
        String docsDir = System.getProperty("xiangli.docs.dir", "");
        if (docsDir.isBlank() || largeText || !(width == 1920 || height == 1920)) {
            return;
        }
        Path target = Path.of(docsDir);
        Files.createDirectories(target);
        Files.copy(shot, target.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
