package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.demo.DemoDevices;
import org.xiangli.hal.device.MediaStatus;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.kiosk.devices.DemoDeviceControls;
import org.xiangli.kiosk.devices.KioskDevices;
import org.xiangli.kiosk.payments.screens.IdentifyScreen;
import org.xiangli.kiosk.payments.screens.PaymentResultsScreen;
import org.xiangli.kiosk.queue.TicketReceiptLayout;

/**
 * Demo mode's devices drawer on a whole demo kiosk, with the simulators behind it (socat ptys when installed): its
 * buttons lay a card, scan a code and set the printer, and what the page shows came over the wire.
 */
class DemoDevicesPanelTest {

    @TempDir
    Path dir;

    private KioskFixture kiosk;
    private KioskShell shell;
    private DemoDevices demo;

    @BeforeEach
    void start() throws Exception {
        kiosk = new KioskFixture(dir.resolve("data"), 1920, 1080, Locale.SIMPLIFIED_CHINESE);
        shell = kiosk.shell();
        demo = DemoDevices.start(dir.resolve("devices"), PaperWidth.MM80);
        KioskDevices devices = new KioskDevices(demo.printer(), new TicketReceiptLayout(shell.messages()));
        kiosk.app().useStatementPrinter(devices.statementPrinter());
        KioskDevices.route(demo.cardReader(), demo.scanner(), kiosk.ui(), new ShellSink(shell));
        kiosk.ui().run(() -> enableDemoDevices(shell, kiosk, demo));
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
        demo.close();
        kiosk.close();
    }

    @Test
    void theTabOpensTheDrawerAndItsCardButtonsDriveTheSimulatedReader() {
        assertNull(shell.demoDrawer());
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        kiosk.ui().run(() -> shell.demoTab().fire());
        assertNotNull(shell.demoDrawer());
        kiosk.screenshot("demo-devices-open");

        press("放上 王*英 的身份证");

        awaitOnUi("the card read over the wire opened the records",
                () -> shell.current() instanceof PaymentResultsScreen);
        awaitOnUi("the drawer says what lies on the reader", () -> text().contains("阅读器上：王*英 的身份证"));
        assertEquals(DemoIdentities.WANG_XIUYING, demo.virtualCardReader().placedCard().orElseThrow());

        press("取走身份证");
        assertTrue(demo.virtualCardReader().placedCard().isEmpty());
        awaitOnUi("no card", () -> text().contains("阅读器上没有身份证"));

        press("关闭");
        assertNull(shell.demoDrawer());
    }

    @Test
    void aScannedDemoBillOpensThatBillAndAnUnknownCodeChangesNothing() {
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        kiosk.ui().run(shell::showDemoDevices);

        press("扫一个不认识的二维码");
        kiosk.ui().run(() -> { });
        assertInstanceOf(IdentifyScreen.class, shell.current(), "an unknown code opens nothing");
        press("扫 王*英 的医疗保险账单");

        awaitOnUi("the bill scanned over the wire opened", () -> shell.current() instanceof PaymentResultsScreen);
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
        awaitOnUi("the card's records shown", () -> shell.current() instanceof PaymentResultsScreen);
        PaymentResultsScreen results = assertInstanceOf(PaymentResultsScreen.class, shell.current());

        kiosk.ui().run(() -> results.printButton().fire());
        awaitOnUi("paper out reported", () -> demo.printer().status().media() == MediaStatus.OUT);
        assertEquals(0, demo.virtualPrinter().printedCount());

        press("纸张正常");
        kiosk.ui().run(() -> results.printButton().fire());

        awaitOnUi("the receipt shows in the drawer", () -> !SceneWalker.find(shell.demoDrawer() instanceof Parent p
                ? p : null, ImageView.class, v -> true).isEmpty());
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

    private void awaitOnUi(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!kiosk.ui().call(() -> {
            Snapshots.render(kiosk.scene());
            return condition.get();
        })) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 20 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
