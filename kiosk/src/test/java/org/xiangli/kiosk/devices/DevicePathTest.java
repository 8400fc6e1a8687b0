package org.xiangli.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.demo.DemoDevices;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.payments.screens.PaymentResultsScreen;
import org.xiangli.kiosk.queue.PriorityReason;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.screens.ServiceDetailScreen;
import org.xiangli.kiosk.queue.screens.TicketScreen;
import org.xiangli.kiosk.shell.KioskFixture;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.SceneWalker;
import org.xiangli.kiosk.shell.StatementJobs;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.Screen;

/**
 * The one device path, end to end on a kiosk built as {@code --demo} builds it: the simulators speak the wire
 * protocols to the real drivers, the device set routes what they report to the shell's router, and the router
 * hands it, on the UI thread, to the page on screen. Printer failures come back to the page that asked for the
 * print with their reason.
 */
class DevicePathTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private KioskFixture kiosk;
    private KioskShell shell;
    private DemoDevices demo;

    @BeforeEach
    void start() {
        kiosk = KioskFixture.withSimulatedDevices(dir.resolve("data"), 1920, 1080, Locale.SIMPLIFIED_CHINESE);
        shell = kiosk.shell();
        demo = kiosk.devices().simulators().orElseThrow();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void aCardLaidOnTheReaderWhileTheServicePageShowsGivesThatVillagerAPriorityTicket() throws Exception {
        ServiceItem service = kiosk.services().getFirst();
        kiosk.ui().run(() -> shell.open(shell.screens().queue().serviceDetail(service)));
        assertInstanceOf(ServiceDetailScreen.class, kiosk.ui().call(shell::current));

        layCard(DemoIdentities.WANG_XIUYING);   // born 1942: the elderly lane

        TicketScreen ticket = assertInstanceOf(TicketScreen.class, kiosk.ui().call(shell::current));
        QueueService queue = kiosk.app().queue();
        assertEquals(PriorityReason.ELDERLY, queue.ticketsBetween(queue.today(), queue.today()).getFirst().priority());
        assertEquals(Optional.empty(), ticket.printFailure());
        String page = text(ticket.view());
        assertTrue(page.contains("请取走号票"), "it printed on the simulated printer: " + page);
        assertTrue(page.contains("绿色通道") && page.contains("王*英") && !page.contains("王秀英"), page);

        // The same card again on the service page: the same ticket, "您已取号", no second slip.
        int printed = demo.virtualPrinter().printedCount();
        kiosk.ui().run(shell::back);
        takeCardAway();
        layCard(DemoIdentities.WANG_XIUYING);

        TicketScreen again = assertInstanceOf(TicketScreen.class, kiosk.ui().call(shell::current));
        assertTrue(text(again.view()).contains("您已取号"), text(again.view()));
        assertEquals(1, queue.ticketsBetween(queue.today(), queue.today()).size());
        assertEquals(printed, demo.virtualPrinter().printedCount());
    }

    @Test
    void aCardLaidOnTheReaderOnAPageThatDoesNotAskForItLeavesThePageAndHintsWhereItHelps() throws Exception {
        kiosk.ui().run(() -> shell.open(shell.screens().content().publicity()));
        Screen before = kiosk.ui().call(shell::current);

        layCard(DemoIdentities.LI_JIANGUO);

        assertEquals(before, kiosk.ui().call(shell::current));
        assertEquals(2, kiosk.ui().call(shell::depth));
        String all = kiosk.ui().call(() -> SceneWalker.allText(shell.root()));
        assertTrue(all.contains("已读取 李*国 的身份证") && !all.contains("李建国"), all);
    }

    @Test
    void aTicketThePrinterCannotPrintForLackOfPaperSaysSoOnTheTicketPage() {
        demo.virtualPrinter().setCondition(DemoDeviceControls.PrinterSetting.PAPER_OUT.condition());
        ServiceItem service = kiosk.services().getFirst();
        kiosk.ui().run(() -> shell.open(shell.screens().queue().serviceDetail(service)));
        ServiceDetailScreen page = assertInstanceOf(ServiceDetailScreen.class, kiosk.ui().call(shell::current));

        kiosk.ui().run(() -> SceneWalker.first((javafx.scene.Parent) page.view(), javafx.scene.control.Button.class,
                b -> "take-ticket".equals(b.getId())).fire());
        kiosk.settle();

        TicketScreen ticket = assertInstanceOf(TicketScreen.class, kiosk.ui().call(shell::current));
        assertEquals(Optional.of(PrintFailure.PAPER_OUT), ticket.printFailure());
        String notice = kiosk.ui().call(() -> ((Label) ticket.view().lookup("#ticket-notice")).getText());
        assertTrue(notice.startsWith("打印机缺纸"), notice);
        assertEquals(0, demo.virtualPrinter().printedCount());
    }

    @Test
    void aStatementThePrinterCannotPrintForLackOfPaperSaysSoOnTheResultsPage() throws Exception {
        StatementJobs statements = new StatementJobs(kiosk.devices().statementPrinter());
        kiosk.app().useStatementPrinter(statements);
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        layCard(DemoIdentities.LI_JIANGUO);
        PaymentResultsScreen results = assertInstanceOf(PaymentResultsScreen.class, kiosk.ui().call(shell::current));
        demo.virtualPrinter().setCondition(DemoDeviceControls.PrinterSetting.PAPER_OUT.condition());

        kiosk.ui().run(() -> results.printButton().fire());
        statements.awaitNext(WAIT);
        kiosk.settle();

        assertEquals(Optional.of(PrintFailure.PAPER_OUT), kiosk.ui().call(results::printFailure));
        assertEquals("打印机缺纸，请联系工作人员", kiosk.ui().call(() -> results.printStatus().getText()));
    }

    @Test
    void aPageThatAsksForDeviceEventsHearsScannedCodesAndThePrinterOnTheUiThread() throws Exception {
        ListeningPage page = new ListeningPage();
        kiosk.ui().run(() -> shell.open(page));

        var scanned = demo.scanner().nextCode(WAIT);
        demo.virtualScanner().scan("XLBILL:1:DEMO-001:DEMO001-1-4");
        scanned.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals("XLBILL:1:DEMO-001:DEMO001-1-4", page.code.get(WAIT.toSeconds(), TimeUnit.SECONDS));

        demo.virtualPrinter().setCondition(DemoDeviceControls.PrinterSetting.COVER_OPEN.condition());
        DeviceStatus status = page.printer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(StatusReason.COVER_OPEN, status.reason());
        assertTrue(page.allOnUiThread, "every event came on the UI thread");
    }

    /** Lays {@code card} on the simulated reader and waits until the kiosk has done what the card made it do. */
    private void layCard(IdentityCard card) throws Exception {
        // Asked for before the card lands: a read that came first would never be seen.
        var read = demo.cardReader().nextCard(WAIT);
        demo.virtualCardReader().placeCard(card);
        read.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // The router heard the read before this future did; what it started runs on the UI thread and workers.
        kiosk.settle();
    }

    private void takeCardAway() throws Exception {
        var gone = demo.cardReader().nextRemoval(WAIT);
        demo.virtualCardReader().removeCard();
        gone.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        kiosk.settle();
    }

    private String text(Node node) {
        kiosk.render();
        return kiosk.ui().call(() -> SceneWalker.allText((javafx.scene.Parent) node));
    }

    /** A page that declares it wants codes and the printer's state, and records what reaches it. */
    private static final class ListeningPage implements Screen, DeviceAware {
        final CompletableFuture<String> code = new CompletableFuture<>();
        final CompletableFuture<DeviceStatus> printer = new CompletableFuture<>();
        volatile boolean allOnUiThread = true;
        private final Node view = new Label("listening");

        @Override
        public void onCodeScanned(String text) {
            allOnUiThread &= Platform.isFxApplicationThread();
            code.complete(text);
        }

        @Override
        public void onPrinterStatus(DeviceStatus status) {
            allOnUiThread &= Platform.isFxApplicationThread();
            if (status.reason() == StatusReason.COVER_OPEN) {
                printer.complete(status);
            }
        }

        @Override
        public String title() {
            return "listening";
        }

        @Override
        public Node view() {
            return view;
        }
    }
}
