package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.content.screens.SearchScreen;
import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.screens.IdNumberEntryScreen;
import org.xiangli.kiosk.queue.IssueResult;
import org.xiangli.kiosk.queue.PendingRating;
import org.xiangli.kiosk.queue.PriorityReason;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.queue.TicketOutcome;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceipt;
import org.xiangli.kiosk.queue.TicketStatus;
import org.xiangli.kiosk.queue.WaitEstimate;
import org.xiangli.kiosk.queue.screens.RatingScreen;
import org.xiangli.kiosk.queue.screens.TicketScreen;
import org.xiangli.kiosk.ui.LayoutRule;
import org.xiangli.kiosk.ui.Screen;

/**
 * Every page in every state the villager can meet it: urgent banner on and off, normal and large text, Chinese and
 * English, on 1920×1080, 1280×800 and 1080×1920 — no text cut (…) or off the screen, none under 24 px, every touch
 * target at least 80 px tall and on screen ({@link LayoutRule}, which the scenario runner's {@code fits} also uses).
 * One kiosk per screen size, with the demo devices' header button (the widest header a kiosk has), serves all of
 * that size's cases. Screenshots of the Chinese normal-text pages with the banner, and of every case that fails, go
 * to target/screenshots (the 1920 ones are copied to docs/screenshots with -Dxiangli.docs=true).
 */
class LayoutTest {

    @TempDir
    static Path dataDirs;

    /** Simulators behind the demo devices drawer, closed at the end. */
    private static final List<AutoCloseable> DEMO_DEVICES = new CopyOnWriteArrayList<>();
    private static KioskFixture kiosk;
    private static String kioskSize = "";

    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** A page, opened on a kiosk showing the home page (on the UI thread). */
    record Page(String name, BiConsumer<KioskShell, KioskFixture> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    record State(Locale language, boolean largeText, boolean banner) {
        String suffix() {
            return (largeText ? "-large" : "") + (language.equals(Locale.ENGLISH) ? "-en" : "")
                    + (banner ? "" : "-nobanner");
        }
    }

    static final List<Size> SIZES = List.of(new Size(1920, 1080), new Size(1280, 800), new Size(1080, 1920));

    static final List<Page> PAGES = List.of(
            new Page("home", (s, k) -> { }),
            new Page("bulletin-board", (s, k) -> s.advanceIdle(k.app().config().timeouts().attractAfter())),
            new Page("card-chooser", (s, k) -> s.open(s.screens().cardChooser(DemoIdentities.OUYANG_CHUNSHENG))),
            new Page("card-hint", (s, k) -> {
                s.open(s.screens().content().publicity());
                s.onCardRead(DemoIdentities.OUYANG_CHUNSHENG);
            }),
            new Page("publicity", (s, k) -> s.open(s.screens().content().publicity())),
            new Page("article-table", (s, k) -> s.open(s.screens().content().article(k.content("demo-02-finance-q3")))),
            new Page("search-empty", (s, k) -> s.open(s.screens().content().search())),
            new Page("search", (s, k) -> {
                Screen search = s.screens().content().search();
                s.open(search);
                ((SearchScreen) search).search("YLBX");
            }),
            new Page("service-guide", (s, k) -> s.open(s.screens().queue().serviceGuide())),
            new Page("service-guide-card", (s, k) -> s.open(s.screens().queue().serviceGuide(
                    Optional.of(DemoIdentities.OUYANG_CHUNSHENG)))),
            new Page("service-detail", (s, k) -> s.open(s.screens().queue().serviceDetail(k.services().getFirst()))),
            new Page("service-detail-card", (s, k) -> s.open(s.screens().queue().serviceDetail(
                    k.services().getFirst(), Optional.of(DemoIdentities.OUYANG_CHUNSHENG)))),
            new Page("ticket", (s, k) -> s.open(new TicketScreen(s.messages(), ticket(IssueResult.Kind.ISSUED,
                    TicketPrinter.Result.ok(), false), Optional.empty(), s.portrait()))),
            new Page("ticket-priority", (s, k) -> s.open(new TicketScreen(s.messages(), ticket(IssueResult.Kind.ISSUED,
                    TicketPrinter.Result.ok(true), true), Optional.of("欧**生"), s.portrait()))),
            new Page("ticket-printer-down", (s, k) -> s.open(new TicketScreen(s.messages(), ticket(
                    IssueResult.Kind.ISSUED, TicketPrinter.Result.failed(PrintFailure.NOT_RESPONDING, "silent"),
                    true), Optional.of("欧**生"), s.portrait()))),
            new Page("ticket-already-waiting", (s, k) -> s.open(new TicketScreen(s.messages(), ticket(
                    IssueResult.Kind.ALREADY_WAITING, TicketPrinter.Result.failed("not printed again"), false),
                    Optional.of("欧**生"), s.portrait()))),
            new Page("rating", (s, k) -> s.open(new RatingScreen(s.messages(), k.app().queue(),
                    new PendingRating(1, "A003", 12, KioskFixture.NOW.plusSeconds(30)), s::goHome, s.portrait()))),
            new Page("payments", (s, k) -> s.open(s.screens().payments().identify())),
            new Page("payments-unavailable", (s, k) -> s.open(s.screens().payments().unavailable())),
            new Page("id-entry", (s, k) -> s.open(s.screens().payments().idNumberEntry())),
            new Page("id-entry-complete", (s, k) -> {
                Screen entry = s.screens().payments().idNumberEntry();
                s.open(entry);
                ((IdNumberEntryScreen) entry).numberProperty().set(DemoIdentities.LI_JIANGUO.idNumber().value());
            }),
            new Page("payments-phone", (s, k) -> s.open(s.screens().payments().phoneDigits(
                    DemoIdentities.LI_JIANGUO.idNumber().value()))),
            new Page("payments-results", (s, k) -> s.open(s.screens().payments().results(
                    (LookupOutcome.Found) k.app().payments().desk().byCard(DemoIdentities.WANG_XIUYING)))),
            new Page("payments-bill", (s, k) -> s.open(s.screens().payments().results(
                    (LookupOutcome.Found) k.app().payments().desk().byBillCode("XLBILL:1:DEMO-001:DEMO001-0-1")))),
            new Page("help", (s, k) -> s.open(s.screens().help())),
            new Page("help-call", (s, k) -> {
                s.open(s.screens().queue().serviceDetail(k.services().getFirst()));
                s.callStaff(org.xiangli.kiosk.staff.HelpCall.Source.SCREEN);
            }),
            new Page("technician-pin", (s, k) -> s.showPinDialog()),
            new Page("demo-devices", (s, k) -> {
                s.open(s.screens().payments().identify());
                s.showDemoDevices();
            }),
            new Page("technician-menu", (s, k) -> s.open(s.screens().technicianMenu())),
            new Page("content-status", (s, k) -> s.open(s.screens().content().contentStatus())));

    @TestFactory
    Stream<DynamicNode> everyPageFitsInEveryState() {
        List<DynamicNode> sizes = new ArrayList<>();
        for (Size size : SIZES) {
            List<DynamicNode> states = new ArrayList<>();
            for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                for (boolean large : List.of(false, true)) {
                    for (boolean banner : List.of(true, false)) {
                        State state = new State(language, large, banner);
                        states.add(dynamicContainer(language + (large ? " large" : "") + (banner ? " banner" : ""),
                                PAGES.stream().map(page -> dynamicTest(page.name(), () -> check(size, state, page)))));
                    }
                }
            }
            sizes.add(dynamicContainer(size.toString(), states.stream()));
        }
        return sizes.stream();
    }

    private static void check(Size size, State state, Page page) throws IOException {
        KioskFixture k = kiosk(size);
        KioskShell shell = k.shell();
        k.ui().run(() -> {
            shell.closeOverlays();
            // Home first: a new session starts in the station's language and normal text.
            shell.goHome();
            if (!shell.messages().locale().equals(state.language())) {
                shell.switchLanguage();
            }
            shell.setLargeText(state.largeText());
            k.app().urgentBanner(state.banner());
            shell.refreshBanners();
            page.open().accept(shell, k);
        });
        String name = page.name() + "-" + size + state.suffix();
        List<String> problems = k.ui().call(() -> {
            shell.root().applyCss();
            shell.root().layout();
            return LayoutRule.problems(shell.root());
        });
        boolean documented = state.language().equals(Locale.SIMPLIFIED_CHINESE) && !state.largeText()
                && state.banner();
        if (documented || !problems.isEmpty()) {
            Path shot = k.screenshot(name);
            if (documented) {
                publishToDocs(shot, size);
            }
        }
        assertTrue(problems.isEmpty(), name + ":\n" + String.join("\n", problems));
    }

    /** The kiosk of this size, made on first use (the previous size's is closed). */
    private static KioskFixture kiosk(Size size) {
        if (!kioskSize.equals(size.toString())) {
            closeKiosk();
            kiosk = new KioskFixture(dataDirs.resolve(size.toString()), size.width(), size.height(),
                    Locale.SIMPLIFIED_CHINESE);
            ContentHistory.record(kiosk.app().database());
            kiosk.ui().run(() -> DemoDevicesPanelTest.enableDemoDevices(kiosk.shell(), kiosk, DEMO_DEVICES));
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
        for (AutoCloseable devices : DEMO_DEVICES) {
            try {
                devices.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        DEMO_DEVICES.clear();
    }

    /** A ticket as the desk would give it: A003 of 社保医保, two people ahead. */
    static TicketOutcome ticket(IssueResult.Kind kind, TicketPrinter.Result print, boolean priority) {
        Instant at = KioskFixture.NOW;
        Ticket t = new Ticket(1, LocalDate.of(2026, 11, 23), 'A', 3, 'A',
                priority ? PriorityReason.ELDERLY : PriorityReason.NONE, TicketStatus.WAITING, at, Optional.empty(),
                Optional.empty(), 0, 0, Optional.empty());
        TicketReceipt receipt = new TicketReceipt("DEMO-001", "青石村综合服务站", 'A', "社保医保", "A003", List.of(1, 2), 2,
                10, at.atZone(ZoneId.of("Asia/Shanghai")), priority, "XIANGLI-TICKET:DEMO-001:2026-11-23:A003");
        return new TicketOutcome(new IssueResult(t, kind, new WaitEstimate(2, Duration.ofMinutes(10))), receipt,
                print);
    }

    /** The Chinese normal-text pages with the banner, landscape 1920×1080 and portrait, are the docs' pictures. */
    private static void publishToDocs(Path shot, Size size) throws IOException {
        String docsDir = System.getProperty("xiangli.docs.dir", "");
        if (docsDir.isBlank() || size.width() == 1280) {
            return;
        }
        Path target = Path.of(docsDir);
        Files.createDirectories(target);
        Files.copy(shot, target.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
