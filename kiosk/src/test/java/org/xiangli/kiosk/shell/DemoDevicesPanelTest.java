package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.demo.DemoDevices;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.MediaStatus;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.hal.printer.PrintedReceipt;
import org.xiangli.kiosk.devices.DemoDeviceControls;
import org.xiangli.kiosk.payments.screens.IdentifyScreen;
import org.xiangli.kiosk.payments.screens.PaymentResultsScreen;

/**
 * Demo mode's devices drawer on a whole demo kiosk, with the simulators behind it (socat ptys when installed): its
 * buttons lay a card, scan a code and set the printer, and what the page shows came over the wire.
 */
class DemoDevicesPanelTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private KioskFixture kiosk;
    private KioskShell shell;
    private DemoDevices demo;
    /** The statements sent to the printer, to await each job's end. */
    private StatementJobs statements;

    @BeforeEach
    void start() {
        kiosk = KioskFixture.withSimulatedDevices(dir.resolve("data"), 1920, 1080, Locale.SIMPLIFIED_CHINESE);
        shell = kiosk.shell();
        demo = kiosk.devices().simulators().orElseThrow();
        statements = new StatementJobs(kiosk.devices().statementPrinter());
        kiosk.app().useStatementPrinter(statements);
    }

    /** The shell's demo devices tab over {@code demo}, as KioskMain wires it (call on the UI thread). */
    static void enableDemoDevices(KioskShell shell, KioskFixture kiosk, DemoDevices demo) {
        DemoDeviceControls controls = new DemoDeviceControls(demo, "DEMO-001", KioskFixture.NOW.atZone(
                java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());
        shell.enableDemoDevices((messages, close) -> new DemoDevicesPanel(messages, controls, kiosk.ui(), close)
                .node());
    }

    /** As above over simulators on in-process pipes (cheap, for layout checks); they are added to {@code open}. */
    static void enableDemoDevices(KioskShell shell, KioskFixture kiosk, java.util.List<AutoCloseable> open) {
        try {
            DemoDevices demo = DemoDevices.start(kiosk.app().database().file().resolveSibling("demo-devices"),
                    PaperWidth.MM80, false);
            open.add(demo);
            enableDemoDevices(shell, kiosk, demo);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void theTabOpensTheDrawerAndItsCardButtonsDriveTheSimulatedReader() throws Exception {
        assertNull(shell.demoDrawer());
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        kiosk.ui().run(() -> shell.demoTab().fire());
        assertNotNull(shell.demoDrawer());
        kiosk.screenshot("demo-devices-open");

        var read = demo.cardReader().nextCard(WAIT);
        press("放上 王*英 的身份证");
        read.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        kiosk.settle();

        assertInstanceOf(PaymentResultsScreen.class, kiosk.ui().call(shell::current),
                "the card read over the wire opened the records");
        assertTrue(text().contains("阅读器上：王*英 的身份证"), "the drawer says what lies on the reader");
        assertEquals(DemoIdentities.WANG_XIUYING, demo.virtualCardReader().placedCard().orElseThrow());

        press("取走身份证");
        assertTrue(demo.virtualCardReader().placedCard().isEmpty());
        assertTrue(text().contains("阅读器上没有身份证"), "no card");

        press("关闭");
        assertNull(shell.demoDrawer());
    }

    @Test
    void aScannedDemoBillOpensThatBillAndAnUnknownCodeChangesNothing() throws Exception {
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        kiosk.ui().run(shell::showDemoDevices);

        scan("扫一个不认识的二维码");
        assertInstanceOf(IdentifyScreen.class, kiosk.ui().call(shell::current), "an unknown code opens nothing");
        scan("扫 王*英 的医疗保险账单");

        assertInstanceOf(PaymentResultsScreen.class, kiosk.ui().call(shell::current),
                "the bill scanned over the wire opened");
        assertTrue(text().contains("医疗保险"));
        assertFalse(text().contains("养老保险"), "that bill alone");
    }

    @Test
    void printerSwitchesSetTheSimulatorAndPrintedReceiptsShowInTheDrawer() throws Exception {
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        kiosk.ui().run(shell::showDemoDevices);
        press("缺纸");
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.LI_JIANGUO));
        // Lookups run off the UI thread: the results page comes when the answer does.
        kiosk.settle();
        PaymentResultsScreen results = assertInstanceOf(PaymentResultsScreen.class, kiosk.ui().call(shell::current));

        kiosk.ui().run(() -> results.printButton().fire());
        statements.awaitNext(WAIT);
        kiosk.settle();
        assertEquals(Optional.of(PrintFailure.PAPER_OUT), kiosk.ui().call(results::printFailure));
        assertEquals(MediaStatus.OUT, demo.printer().status().media(), "paper out reported");
        assertEquals(0, demo.virtualPrinter().printedCount());

        press("纸张正常");
        CompletableFuture<PrintedReceipt> cut = new CompletableFuture<>();
        demo.virtualPrinter().addListener(new DeviceListener<>() {
            @Override
            public void event(PrintedReceipt receipt) {
                cut.complete(receipt);
            }
        });
        kiosk.ui().run(() -> results.printButton().fire());
        // The drawer's own listener on the simulator came first: its refresh is on the UI thread by now.
        cut.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        kiosk.settle();

        kiosk.render();
        assertFalse(kiosk.ui().call(() -> SceneWalker.find((Parent) shell.demoDrawer(), ImageView.class, v -> true))
                .isEmpty(), "the receipt shows in the drawer");
        assertEquals(1, demo.virtualPrinter().printedCount());
        assertFalse(text().contains("还没有打印过凭条"));
        kiosk.screenshot("demo-devices-receipt");
    }

    @Test
    void theDrawerIsOnlyThereInDemoModeAndFollowsTheLanguage() throws Exception {
        try (KioskFixture plain = new KioskFixture(dir.resolve("plain"), 1280, 800, Locale.SIMPLIFIED_CHINESE)) {
            assertNull(plain.shell().demoTab());
            plain.ui().run(() -> plain.shell().showDemoDevices());
            assertNull(plain.shell().demoDrawer());
        }
        kiosk.ui().run(shell::switchLanguage);
        assertEquals("Demo devices", kiosk.ui().call(() -> shell.demoTab().getText()));
        kiosk.ui().run(shell::showDemoDevices);
        assertTrue(text().contains("Lay 王*英's card"), text());
    }

    private String text() {
        kiosk.render();
        return kiosk.ui().call(() -> SceneWalker.allText(shell.root()));
    }

    private void press(String label) {
        kiosk.render();   // a ScrollPane shows its content once its skin exists, after a CSS and layout pass
        kiosk.ui().run(() -> {
            Parent drawer = (Parent) shell.demoDrawer();
            SceneWalker.first(drawer, ButtonBase.class, b -> label.equals(b.getText())).fire();
        });
    }

    /** Presses a code button of the drawer and waits until the kiosk has done what the code made it do. */
    private void scan(String label) throws Exception {
        var scanned = demo.scanner().nextCode(WAIT);
        press(label);
        scanned.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // The router heard the code before this future did; a lookup it started runs on the workers.
        kiosk.settle();
    }
}
