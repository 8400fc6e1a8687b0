package org.xiangli.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.card.VirtualCardReader;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.hal.printer.PrintedReceipt;
import org.xiangli.hal.printer.VirtualPrinter;
import org.xiangli.hal.scanner.VirtualScanner;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceipt;
import org.xiangli.kiosk.queue.TicketReceiptLayout;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.testing.Await;

/**
 * {@code devices.mode = "hardware"} with the simulators on socat ptys standing in for the hardware: the config
 * points at the pty paths exactly as it would at /dev/ttyUSB0. Devices that are not there at start are reported
 * and picked up when they appear.
 */
class HardwareDevicesTest {

    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(300));

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private HardwareDevices hardware;
    private VirtualCardReader card;
    private VirtualPrinter printer;
    private VirtualScanner scanner;

    @BeforeEach
    void config() throws Exception {
        Files.writeString(dir.resolve("kiosk.toml"), """
                [devices]
                mode = "hardware"
                card_reader_port = "%s"
                card_reader_baud = 115200
                scanner_port = "%s"
                printer = "serial:%s@115200"
                paper_width_mm = 58
                """.formatted(dir.resolve("card"), dir.resolve("scanner"), dir.resolve("printer")),
                StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() throws Exception {
        if (hardware != null) {
            hardware.close();
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void devicesOnTheConfiguredPortsReadPrintAndScanThroughTheKioskWiring() throws Exception {
        plugIn();
        start();
        await("all online", () -> hardware.statuses().values().stream().allMatch(s -> s.isOnline()));

        card.placeCard(DemoIdentities.LI_JIANGUO);
        assertEquals(DemoIdentities.LI_JIANGUO, events.poll(20, TimeUnit.SECONDS));
        card.removeCard();
        assertEquals("removed", events.poll(20, TimeUnit.SECONDS));
        scanner.scan("XLBILL:1:DEMO-001:DEMO001-1-4");
        assertEquals("XLBILL:1:DEMO-001:DEMO001-1-4", events.poll(20, TimeUnit.SECONDS));

        CompletableFuture<PrintedReceipt> cut = new CompletableFuture<>();
        printer.addListener(new DeviceListener<>() {
            @Override
            public void event(PrintedReceipt receipt) {
                cut.complete(receipt);
            }
        });
        TicketPrinter.Result result = ticketPrinter().print(ticket());
        assertTrue(result.printed(), result.problem());
        cut.get(20, TimeUnit.SECONDS);
        assertEquals(1, printer.printedCount(), "the simulator cut one receipt");
        assertEquals(PaperWidth.MM58, hardware.printer().orElseThrow().paper());
    }

    @Test
    void absentDevicesAreReportedTheKioskGoesOnAndTheyArePickedUpWhenPluggedIn() throws Exception {
        start();

        await("each device says it is not connected", () -> hardware.statuses().size() == 3
                && hardware.statuses().values().stream().allMatch(s -> s.state() == DeviceState.OFFLINE
                        && s.reason() == StatusReason.NOT_CONNECTED));
        long before = System.nanoTime();
        TicketPrinter.Result missing = ticketPrinter().print(ticket());
        assertFalse(missing.printed(), "no printer: the ticket shows on screen instead");
        assertEquals(java.util.Optional.of(PrintFailure.OFFLINE), missing.failure(), missing.problem());
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(KioskDevices.PRINT_TIMEOUT.toSeconds() + 2));

        plugIn();
        await("all online after plugging in", () -> hardware.statuses().values().stream().allMatch(s -> s.isOnline()));
        card.placeCard(DemoIdentities.WANG_XIUYING);
        assertEquals(DemoIdentities.WANG_XIUYING, events.poll(20, TimeUnit.SECONDS));
        assertTrue(ticketPrinter().print(ticket()).printed());
    }

    @Test
    void aUnpluggedReaderIsReportedAndReconnected() throws Exception {
        plugIn();
        start();
        await("reader online", () -> hardware.cardReader().status().isOnline());
        PtyPair cardPty = (PtyPair) open.getFirst();

        cardPty.close();
        await("reader offline", () -> hardware.cardReader().status().state() == DeviceState.OFFLINE);
        open.set(0, PtyPair.open(dir.resolve("card"), dir.resolve("card-device"), Duration.ofSeconds(5)));
        await("reader back", () -> hardware.cardReader().status().isOnline());

        card.placeCard(DemoIdentities.OUYANG_CHUNSHENG);
        assertEquals(DemoIdentities.OUYANG_CHUNSHENG, events.poll(20, TimeUnit.SECONDS));
    }

    @Test
    void aPrinterConfiguredAsNoneIsLeftOutAndAKeyboardScannerPathPicksTheEvdevDriver() throws Exception {
        Files.writeString(dir.resolve("kiosk.toml"), """
                [devices]
                mode = "hardware"
                card_reader_port = "%s"
                scanner_port = "/dev/input/event-xiangli-test-absent"
                printer = "none"
                """.formatted(dir.resolve("card")), StandardCharsets.UTF_8);
        start();

        assertTrue(hardware.printer().isEmpty());
        await("the keyboard scanner reports its absent input device", () -> !hardware.statuses().get("scanner")
                .detail().equals("not started"));
        assertEquals(DeviceState.OFFLINE, hardware.statuses().get("scanner").state());
    }

    private void start() throws Exception {
        KioskConfig config = ConfigLoader.loadApplicable(java.util.Optional.of(dir.resolve("kiosk.toml")));
        assertEquals(KioskConfig.DeviceMode.HARDWARE, config.devices().mode());
        hardware = HardwareDevices.start(config.devices(), Clock.systemUTC(), FAST);
        hardware.route(new KioskDevices.EventSink() {
            @Override
            public void cardRead(IdentityCard read) {
                events.add(read);
            }

            @Override
            public void codeScanned(String text) {
                events.add(text);
            }

            @Override
            public void cardRemoved() {
                events.add("removed");
            }
        });
    }

    /** The "hardware": simulators on the device ends of pty pairs whose driver ends are the configured paths. */
    private void plugIn() throws Exception {
        open.add(PtyPair.open(dir.resolve("card"), dir.resolve("card-device"), Duration.ofSeconds(5)));
        open.add(PtyPair.open(dir.resolve("printer"), dir.resolve("printer-device"), Duration.ofSeconds(5)));
        open.add(PtyPair.open(dir.resolve("scanner"), dir.resolve("scanner-device"), Duration.ofSeconds(5)));
        card = new VirtualCardReader("hw", SerialLink.opener(dir.resolve("card-device").toString(), 115200));
        printer = new VirtualPrinter("hw", SerialLink.opener(dir.resolve("printer-device").toString(), 115200),
                PaperWidth.MM58, java.util.Optional.empty());
        scanner = new VirtualScanner("hw", SerialLink.opener(dir.resolve("scanner-device").toString(), 9600),
                VirtualScanner.Suffix.CR, StandardCharsets.UTF_8);
        for (AutoCloseable device : List.<AutoCloseable>of(card, printer, scanner)) {
            open.add(device);
        }
        card.start();
        printer.start();
        scanner.start();
    }

    private TicketPrinter ticketPrinter() {
        return new KioskDevices(hardware.printer().orElseThrow(),
                new TicketReceiptLayout(new Messages(Locale.SIMPLIFIED_CHINESE))).ticketPrinter();
    }

    private static TicketReceipt ticket() {
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        return new TicketReceipt("DEMO-001", "青石村综合服务站", 'A', "社保医保", "A003", List.of(1, 2), 2, 10, at, true,
                TicketReceipt.qrText("DEMO-001", at.toLocalDate(), "A003"));
    }

    /**
     * A driver's status has no event to await once: it is reached through reconnects and backoff. A replugged reader
     * that never came back (twice in full CI runs) was jssc's native read spinning on a hung-up line; SerialLink no
     * longer uses it, and hal's SerialLinkTest replays that unplug 40 times.
     */
    private static void await(String what, BooleanSupplier condition) {
        Await.until(what, Duration.ofSeconds(60), condition);
    }
}
