package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.LinkAddress;
import org.xiangli.hal.device.LinkClosedException;
import org.xiangli.hal.device.MediaStatus;
import org.xiangli.hal.device.PipeLink;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.device.StreamLink;
import org.xiangli.hal.testing.Await;
import org.xiangli.hal.testing.Ptys;

/** The printer driver against the virtual printer over a socat pty pair. */
class ReceiptPrinterOverPtyTest {

    // Generous status timeout: a loaded CI machine must not make the simulator look silent.
    private static final ReceiptPrinter.Settings FAST = new ReceiptPrinter.Settings(Duration.ofSeconds(2),
            Duration.ofMillis(50), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)));

    private Path directory;
    private PtyPair pty;
    private VirtualPrinter device;
    private ReceiptPrinter printer;
    private final List<PrintedReceipt> printed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        directory = Ptys.directory();
        pty = Ptys.open(directory);
        device = new VirtualPrinter("test", SerialLink.opener(pty.deviceEnd().toString(), 115200), PaperWidth.MM58,
                Optional.of(directory.resolve("out")));
        device.addListener(new DeviceListener<>() {
            @Override
            public void event(PrintedReceipt receipt) {
                printed.add(receipt);
            }
        });
        device.start();
        printer = new ReceiptPrinter("test", SerialLink.opener(pty.driverEnd().toString(), 115200), PaperWidth.MM58,
                FAST);
        printer.start();
        Await.until("printer online", () -> printer.status().isOnline());
    }

    @AfterEach
    void disconnect() {
        printer.close();
        device.close();
        pty.close();
    }

    @Test
    void givenAReadyPrinter_whenAReceiptIsPrinted_thenTheVirtualPrinterSavesAPngWhoseQrDecodes() throws Exception {
        PrintResult result = printer.print(SampleReceipts.ticket(), Duration.ofSeconds(20)).get(30, TimeUnit.SECONDS);

        assertTrue(result.complete());
        Await.until("page cut", () -> printed.size() == 1);
        Path png = printed.getFirst().png().orElseThrow();
        assertTrue(Files.size(png) > 0);
        assertEquals(SampleReceipts.TICKET_QR, ReceiptRoundTripTest.decodeQr(ImageIO.read(png.toFile())));
        assertTrue(printed.getFirst().text().contains("A003\n请到 2 号窗口办理"), printed.getFirst().text());
        assertTrue(device.problems().isEmpty(), device.problems().toString());
    }

    @Test
    void givenPaperOut_whenPrinting_thenNothingIsSentAndTheFutureSays缺纸() {
        device.setCondition(new PrinterCondition(false, false, false, true, false, false, true));

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> printer.print(SampleReceipts.ticket(), Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS));

        PrinterNotReadyException notReady = assertInstanceOf(PrinterNotReadyException.class, e.getCause());
        assertEquals(StatusReason.PAPER_OUT, notReady.status().reason());
        assertEquals(PrintFailure.PAPER_OUT, notReady.reason());
        assertEquals(PrintFailure.PAPER_OUT, PrintFailure.of(e));
        assertTrue(notReady.getMessage().startsWith("打印机缺纸"));
        assertEquals(MediaStatus.OUT, printer.status().media());
        assertEquals(0, device.printedCount());
    }

    @Test
    void givenEachCondition_whenPolled_thenTheDriverStatusFollows() {
        record Case(PrinterCondition condition, DeviceState state, StatusReason reason) {
        }
        List<Case> cases = List.of(
                new Case(new PrinterCondition(false, true, false, false, false, false, false),
                        DeviceState.USER_ERROR, StatusReason.COVER_OPEN),
                new Case(new PrinterCondition(false, false, false, false, false, true, false),
                        DeviceState.ONLINE, StatusReason.PAPER_NEAR_END),
                new Case(new PrinterCondition(true, false, false, false, false, false, false),
                        DeviceState.OFFLINE, StatusReason.PRINTER_OFFLINE),
                new Case(new PrinterCondition(true, false, false, false, true, false, false),
                        DeviceState.HARDWARE_ERROR, StatusReason.PRINTER_FAULT),
                new Case(new PrinterCondition(true, false, true, false, false, false, false),
                        DeviceState.BUSY, StatusReason.FEED_BUTTON),
                new Case(new PrinterCondition(false, false, false, false, false, false, true),
                        DeviceState.USER_ERROR, StatusReason.PAPER_OUT),
                new Case(PrinterCondition.READY, DeviceState.ONLINE, StatusReason.READY));
        for (Case c : cases) {
            device.setCondition(c.condition());

            Await.until(c.reason().name(), () -> printer.status().reason() == c.reason());

            assertEquals(c.state(), printer.status().state(), c.reason().name());
        }
    }

    @Test
    void givenPaperNearEnd_whenPrinting_thenTheReceiptPrintsAndTheResultWarns() throws Exception {
        device.setCondition(new PrinterCondition(false, false, false, false, false, true, false));

        PrintResult result = printer.print(SampleReceipts.ticket(), Duration.ofSeconds(20)).get(30, TimeUnit.SECONDS);

        assertTrue(result.complete());
        assertEquals(MediaStatus.NEAR_END, result.statusAfter().media());
        assertTrue(result.paperNearEnd());
        assertEquals(Optional.empty(), result.failure());
    }

    @Test
    void givenTheCoverOpen_whenPrinting_thenNothingIsSentAndTheFailureSays开盖() {
        device.setCondition(new PrinterCondition(false, true, false, false, false, false, false));

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> printer.print(SampleReceipts.ticket(), Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS));

        assertEquals(PrintFailure.COVER_OPEN, PrintFailure.of(e));
        assertEquals(0, device.printedCount());
    }

    @Test
    void givenAPrinterThatIsNotConnected_whenTheJobTimesOut_thenTheFailureSays离线NotJustTimedOut() {
        try (ReceiptPrinter unplugged = new ReceiptPrinter("unplugged", () -> {
            throw new LinkClosedException("no such port");
        }, PaperWidth.MM58, FAST)) {
            unplugged.start();

            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> unplugged.print(SampleReceipts.ticket(), Duration.ofMillis(300)).get(10, TimeUnit.SECONDS));

            PrintTimeoutException late = assertInstanceOf(PrintTimeoutException.class, e.getCause());
            assertEquals(StatusReason.NOT_CONNECTED, late.status().reason());
            assertEquals(PrintFailure.OFFLINE, PrintFailure.of(e));
        }
    }

    @Test
    void givenAPrinterThatDoesNotAnswer_whenPrinting_thenItIsNotRespondingAndNothingHangs() throws Exception {
        device.close();

        Await.until("not responding", () -> printer.status().reason() == StatusReason.NOT_RESPONDING);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> printer.print(SampleReceipts.ticket(), Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS));

        assertInstanceOf(PrinterNotReadyException.class, e.getCause());
        assertEquals(PrintFailure.NOT_RESPONDING, PrintFailure.of(e));
    }

    @Test
    void givenATimeoutShorterThanTheJob_whenPrinting_thenTheFutureFailsWithTimeoutAndThePrinterStaysOnline() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> printer.print(SampleReceipts.ticket(), Duration.ofMillis(1)).get(10, TimeUnit.SECONDS));

        assertInstanceOf(TimeoutException.class, e.getCause());
        assertEquals(PrintFailure.TIMED_OUT, PrintFailure.of(e));
        // The job outlived its caller's patience, not the printer: on a busy machine it may still be printing (BUSY)
        // when the future fails, and then it comes back ready, never offline or faulted.
        DeviceState right = printer.status().state();
        assertTrue(right == DeviceState.ONLINE || right == DeviceState.BUSY, printer.status().describe());
        Await.until("ready after the late job", () -> printer.status().isOnline());
    }

    @Test
    void givenThePtyClosedAndReopened_whenPrinting_thenThePrinterReconnectedAndPrints() throws Exception {
        pty.close();
        Await.until("offline after unplug", () -> printer.status().state() == DeviceState.OFFLINE);
        pty = Ptys.open(directory);
        Await.until("online after replug", () -> printer.status().isOnline());

        PrintResult result = printer.print(SampleReceipts.ticket(), Duration.ofSeconds(20)).get(30, TimeUnit.SECONDS);

        assertTrue(result.complete());
        Await.until("page cut", () -> printed.size() == 1);
    }

    @Test
    void givenBytesTheVirtualPrinterDoesNotKnow_whenReceived_thenTheyAreReported() throws Exception {
        try (var link = SerialLink.open(pty.driverEnd().toString(), 115200)) {
            printer.close();
            link.write(new byte[] {0x1B, 0x7A, 0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x05, 0x07});
            Await.until("problems reported", () -> device.problems().size() == 3);
        }

        assertFalse(device.problems().isEmpty());
        assertTrue(device.problems().get(1).startsWith("GS ( function"), device.problems().toString());
    }

    @Test
    void givenAJobCancelledBeforeThePrinterConnected_whenItConnects_thenOnlyTheNextJobPrints() throws Exception {
        var ends = PipeLink.pair("cancel");
        var plugged = new AtomicBoolean();
        try (VirtualPrinter virtual = new VirtualPrinter("pipe", () -> ends[1], PaperWidth.MM58, Optional.empty());
             ReceiptPrinter pipePrinter = new ReceiptPrinter("pipe", () -> {
                 if (!plugged.get()) {
                     throw new LinkClosedException("not plugged in yet");
                 }
                 return ends[0];
             }, PaperWidth.MM58, FAST)) {
            virtual.start();
            pipePrinter.start();
            var cancelled = pipePrinter.print(SampleReceipts.ticket(), Duration.ofSeconds(20));

            assertTrue(cancelled.cancel(true));
            plugged.set(true);
            pipePrinter.print(Receipt.builder().title("第二张").cut().build(), Duration.ofSeconds(20))
                    .get(30, TimeUnit.SECONDS);

            Await.until("second receipt cut", () -> virtual.printedCount() == 1);
            assertEquals(1, virtual.printedCount());
        }
    }

    @Test
    void givenANetworkPrinterOnTcp_whenPrinting_thenStatusIsAskedAndTheReceiptArrives() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            var received = new ByteArrayOutputStream();
            Thread fake = Thread.ofPlatform().daemon().start(() -> serveOneJob(server, received));
            try (ReceiptPrinter tcpPrinter = new ReceiptPrinter("tcp",
                    LinkAddress.opener("tcp:127.0.0.1:" + server.getLocalPort(), 0),
                    PaperWidth.MM80, FAST)) {
                tcpPrinter.start();

                PrintResult result = tcpPrinter.print(SampleReceipts.ticket(), Duration.ofSeconds(20))
                        .get(30, TimeUnit.SECONDS);

                assertTrue(result.complete());
                fake.join(10_000);
                List<BufferedImage> pages = new ArrayList<>();
                EscPosParser parser = new EscPosParser(new PaperRenderer(PaperWidth.MM80, pages::add, p -> { }));
                parser.feed(received.toByteArray());
                parser.finish();
                assertEquals(SampleReceipts.TICKET_QR, ReceiptRoundTripTest.decodeQr(pages.getFirst()));
            }
        }
    }

    /** A minimal network printer: answers three status requests "ready", keeps the job, answers three more. */
    private static void serveOneJob(ServerSocket server, ByteArrayOutputStream received) {
        try (Socket socket = server.accept()) {
            var in = socket.getInputStream();
            var out = socket.getOutputStream();
            int statusRequests = 0;
            int previous = -1;
            int beforePrevious = -1;
            int b;
            while (statusRequests < 9 && (b = in.read()) >= 0) {
                received.write(b);
                if (beforePrevious == EscPos.DLE && previous == EscPos.EOT) {
                    out.write(0x12);
                    out.flush();
                    statusRequests++;
                }
                beforePrevious = previous;
                previous = b;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void givenTheUsbPrinterFileTransport_whenPrintingThroughAPtyOpenedAsAFile_thenTheReceiptArrives() throws Exception {
        printer.close();
        try (ReceiptPrinter filePrinter = new ReceiptPrinter("file",
                StreamLink.deviceFile(pty.driverEnd().toString()), PaperWidth.MM58, FAST)) {
            filePrinter.start();

            PrintResult result = filePrinter.print(SampleReceipts.ticket(), Duration.ofSeconds(20))
                    .get(30, TimeUnit.SECONDS);

            assertTrue(result.complete());
            Await.until("page cut", () -> printed.size() == 1);
        }
    }
}
