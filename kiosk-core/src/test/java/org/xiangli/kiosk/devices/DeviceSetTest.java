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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceipt;
import org.xiangli.kiosk.testing.Await;
import org.xiangli.kiosk.work.Workers;

/**
 * The one place that chooses the devices: from {@code devices.mode} (and {@code --demo}), once; what it starts
 * prints, reports events and wires the GPIO, and printer failures come back with their reason.
 */
class DeviceSetTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private DeviceSet devices;
    private final Workers workers = new Workers();

    @AfterEach
    void close() {
        if (devices != null) {
            devices.close();
        }
        workers.close();
    }

    @Test
    void demoModeAlwaysSimulatesAndOtherwiseTheConfigDecides() throws Exception {
        KioskConfig simulated = ConfigLoader.defaults();
        KioskConfig hardware = config("""
                [devices]
                mode = "hardware"
                """);

        assertEquals(KioskConfig.DeviceMode.SIMULATED, DeviceSet.modeFor(simulated, false));
        assertEquals(KioskConfig.DeviceMode.HARDWARE, DeviceSet.modeFor(hardware, false));
        assertEquals(KioskConfig.DeviceMode.SIMULATED, DeviceSet.modeFor(hardware, true));
    }

    @Test
    void simulatedModeRunsTheSimulatorsForCardReaderScannerAndPrinterWithoutDemo() throws Exception {
        devices = DeviceSet.start(ConfigLoader.defaults().withDataDir(dir), false, Clock.systemUTC());
        LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
        devices.route(recorder(events));
        var simulators = devices.simulators().orElseThrow();

        var read = simulators.cardReader().nextCard(WAIT);
        simulators.virtualCardReader().placeCard(DemoIdentities.ZHANG_XIAOMEI);
        read.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        simulators.virtualScanner().scan("XLBILL:1:DEMO-001:DEMO001-1-4");

        assertEquals(DemoIdentities.ZHANG_XIAOMEI, next(events, IdentityCard.class));
        assertEquals("XLBILL:1:DEMO-001:DEMO001-1-4", next(events, String.class));
        assertTrue(devices.ticketPrinter().print(ticket()).printed(), "the simulated printer printed the ticket");
    }

    @Test
    void openedDevicesStayOffUntilBegunThenComeOnlineAndACardPlacedMeanwhileIsRead() throws Exception {
        LinkedBlockingQueue<Object> events = openDemoDevicesNotBegun();
        var simulators = devices.simulators().orElseThrow();
        // Made, not switched on: what the kiosk's first frame starts with (issue 18).
        assertTrue(devices.statuses().values().stream().allMatch(s -> s.reason() == StatusReason.NOT_CONNECTED
                && s.detail().equals("not started")), devices.statuses().toString());
        if (simulators.overPtys()) {
            assertFalse(Files.exists(dir.resolve("demo-devices").resolve("card-driver")), "no socat before begin");
        }
        simulators.virtualCardReader().placeCard(DemoIdentities.ZHANG_XIAOMEI);

        devices.begin();
        devices.begin();

        assertEquals(DemoIdentities.ZHANG_XIAOMEI, next(events, IdentityCard.class));
        Await.until("all online", WAIT, () -> devices.statuses().values().stream().allMatch(DeviceStatus::isOnline));
        assertTrue(devices.ticketPrinter().print(ticket()).printed(), "the simulated printer printed the ticket");
    }

    @Test
    void devicesClosedBeforeTheyWereBegunStayNotStartedAndNobodyHearsOfAStop() throws Exception {
        LinkedBlockingQueue<Object> events = openDemoDevicesNotBegun();

        devices.close();

        // A kiosk that exits right after its first frame (--exit-after-start) never switched them on.
        assertTrue(devices.statuses().values().stream().allMatch(s -> s.detail().equals("not started")),
                devices.statuses().toString());
        assertEquals(List.of(), List.copyOf(events), "no status change was heard");
    }

    @Test
    void theWarmUpDrawsASampleButPrintsAndSavesNothingAndTheFirstTicketIsStillReceiptOne() throws Exception {
        devices = DeviceSet.start(ConfigLoader.defaults().withDataDir(dir), true, Clock.systemUTC());
        var printer = devices.simulators().orElseThrow().virtualPrinter();
        Path receipts = dir.resolve("demo-devices").resolve("receipts");

        devices.warmUp();

        assertEquals(0, printer.printedCount(), "nothing went to the printer");
        if (Files.exists(receipts)) {
            try (var saved = Files.list(receipts)) {
                assertEquals(List.of(), saved.toList(), "no receipt saved");
            }
        }
        assertTrue(devices.ticketPrinter().print(ticket()).printed());
        assertEquals(1, printer.printedCount());
        assertTrue(Files.exists(receipts.resolve("receipt-0001.png")), "the first real ticket is receipt 1");
        DeviceSet.none(ConfigLoader.defaults()).warmUp(); // no printer: nothing to warm, no failure
    }

    @Test
    void withoutDevicesTicketsShowOnScreenAndStatementsSayThePrinterIsOffline() {
        devices = DeviceSet.none(ConfigLoader.defaults());

        TicketPrinter.Result ticket = devices.ticketPrinter().print(ticket());
        CompletableFuture<PrintResult> statement = devices.statementPrinter().print(receipt());

        assertFalse(ticket.printed());
        assertEquals(Optional.empty(), ticket.failure(), "no printer was asked");
        assertEquals(PrintFailure.OFFLINE, failureOf(statement));
    }

    @Test
    void aPrinterOutOfPaperGivesTicketAndStatementTheReasonAndTellsTheRouter() throws Exception {
        devices = DeviceSet.start(ConfigLoader.defaults().withDataDir(dir), true, Clock.systemUTC());
        LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
        devices.route(recorder(events));

        devices.simulators().orElseThrow().virtualPrinter()
                .setCondition(DemoDeviceControls.PrinterSetting.PAPER_OUT.condition());
        TicketPrinter.Result ticket = devices.ticketPrinter().print(ticket());
        CompletableFuture<PrintResult> statement = devices.statementPrinter().print(receipt());

        assertFalse(ticket.printed());
        assertEquals(Optional.of(PrintFailure.PAPER_OUT), ticket.failure());
        assertEquals(PrintFailure.PAPER_OUT, failureOf(statement));
        DeviceStatus status;
        do {
            status = next(events, DeviceStatus.class);
        } while (status.reason() != StatusReason.PAPER_OUT);
        assertTrue(devices.anyDown(), "the fault LED would be lit");
    }

    @Test
    void theGpioIsChosenAndWiredInTheSamePlaceMockPinsWhenSimulated() throws Exception {
        KioskConfig config = config("""
                [devices]
                presence_pin = 4
                ready_led_pin = 22
                fault_led_pin = 23
                help_button_pin = 24

                [queue]
                call_buttons = { "1" = 17 }
                """);
        devices = DeviceSet.start(config.withDataDir(dir), false, Clock.systemUTC());
        List<String> heard = new CopyOnWriteArrayList<>();
        try (QueueFixture queue = new QueueFixture(dir.resolve("queue"))) {
            devices.wireGpio(new GpioWiring.Sink() {
                @Override
                public void personApproached() {
                    heard.add("presence");
                }

                @Override
                public void helpPressed() {
                    heard.add("help");
                }
            }, Runnable::run, queue.queue, workers);
            var board = devices.gpio().orElseThrow();
            queue.take('A');

            board.sensePresence();
            board.pressHelpButton();
            board.pressCallButton(1);
            workers.awaitIdle(WAIT);

            assertEquals(List.of("presence", "help"), heard);
            assertTrue(queue.queue.window(1).current().isPresent(), "window 1's button called the ticket");
            assertTrue(board.lit("ready-led"));
        }
    }

    /** What a statement's print failed with, once it has. */
    private static PrintFailure failureOf(CompletableFuture<PrintResult> job) {
        try {
            PrintResult done = job.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return done.failure().orElseThrow(() -> new AssertionError("it printed"));
        } catch (ExecutionException e) {
            return PrintFailure.of(e);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private KioskConfig config(String toml) throws Exception {
        Path file = dir.resolve("kiosk.toml");
        Files.writeString(file, toml, StandardCharsets.UTF_8);
        return ConfigLoader.loadApplicable(Optional.of(file));
    }

    private static <T> T next(LinkedBlockingQueue<Object> events, Class<T> type) throws InterruptedException {
        while (true) {
            Object event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT);
            }
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
    }

    /** Demo devices made as the kiosk's start makes them (not switched on), their events recorded. */
    private LinkedBlockingQueue<Object> openDemoDevicesNotBegun() {
        devices = DeviceSet.open(ConfigLoader.defaults().withDataDir(dir), true, Clock.systemUTC());
        LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
        devices.route(recorder(events));
        return events;
    }

    private static KioskDevices.EventSink recorder(LinkedBlockingQueue<Object> events) {
        return new KioskDevices.EventSink() {
            @Override
            public void cardRead(IdentityCard card) {
                events.add(card);
            }

            @Override
            public void codeScanned(String text) {
                events.add(text);
            }

            @Override
            public void cardRemoved() {
                events.add("removed");
            }

            @Override
            public void printerStatus(DeviceStatus status) {
                events.add(status);
            }
        };
    }

    private static TicketReceipt ticket() {
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        return new TicketReceipt("DEMO-001", "青石村综合服务站", 'A', "社保医保", "A003", List.of(1, 2), 2, 10, at, true,
                TicketReceipt.qrText("DEMO-001", at.toLocalDate(), "A003"));
    }

    private static Receipt receipt() {
        return Receipt.builder().title("缴费明细").text("测试").cut().build();
    }
}
