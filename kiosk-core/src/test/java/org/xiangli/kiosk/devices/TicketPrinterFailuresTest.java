package org.xiangli.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.PrinterCondition;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.hal.printer.VirtualPrinter;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceipt;
import org.xiangli.kiosk.queue.TicketReceiptLayout;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The printer's typed reason reaches the kiosk: a virtual printer on a socat pty answers {@code DLE EOT} as a real
 * one out of paper (or with its cover open, or running low) would, and the kiosk's ticket and statement printers
 * say 缺纸 / 开盖 / 纸将尽 as types, not as log text.
 */
class TicketPrinterFailuresTest {

    private static final ReceiptPrinter.Settings FAST = new ReceiptPrinter.Settings(Duration.ofSeconds(2),
            Duration.ofMillis(50), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)));

    @TempDir
    Path dir;

    private PtyPair pty;
    private VirtualPrinter device;
    private ReceiptPrinter printer;
    private KioskDevices devices;

    @BeforeEach
    void plugIn() throws Exception {
        pty = PtyPair.open(dir.resolve("printer"), dir.resolve("printer-device"), Duration.ofSeconds(5));
        device = new VirtualPrinter("failures", SerialLink.opener(pty.deviceEnd().toString(), 115200),
                PaperWidth.MM58, Optional.empty());
        device.start();
        printer = new ReceiptPrinter("failures", SerialLink.opener(pty.driverEnd().toString(), 115200),
                PaperWidth.MM58, FAST);
        printer.start();
        devices = new KioskDevices(printer, new TicketReceiptLayout(new Messages(Locale.SIMPLIFIED_CHINESE)));
    }

    @AfterEach
    void unplug() {
        printer.close();
        device.close();
        pty.close();
    }

    @Test
    void givenAPrinterOutOfPaper_whenATicketIsPrinted_thenTheResultSays缺纸AndNothingCameOut() {
        device.setCondition(new PrinterCondition(false, false, false, true, false, false, true));

        TicketPrinter.Result result = devices.ticketPrinter().print(ticket());

        assertFalse(result.printed());
        assertEquals(Optional.of(PrintFailure.PAPER_OUT), result.failure(), result.problem());
        assertEquals(0, device.printedCount());
    }

    @Test
    void givenACoverLeftOpen_whenATicketIsPrinted_thenTheResultSays开盖() {
        device.setCondition(new PrinterCondition(false, true, false, false, false, false, false));

        TicketPrinter.Result result = devices.ticketPrinter().print(ticket());

        assertEquals(Optional.of(PrintFailure.COVER_OPEN), result.failure(), result.problem());
    }

    @Test
    void givenPaperNearItsEnd_whenATicketIsPrinted_thenItPrintsAndTheResultSays纸将尽() {
        device.setCondition(new PrinterCondition(false, false, false, false, false, true, false));

        TicketPrinter.Result result = devices.ticketPrinter().print(ticket());

        assertTrue(result.printed(), result.problem());
        assertTrue(result.paperNearEnd());
        assertEquals(Optional.empty(), result.failure());
    }

    @Test
    void givenAPrinterOutOfPaper_whenAStatementIsPrinted_thenItsFailureNames缺纸() {
        device.setCondition(new PrinterCondition(false, false, false, true, false, false, true));

        ExecutionException e = assertThrows(ExecutionException.class, () -> devices.statementPrinter()
                .print(Receipt.builder().title("缴费明细").cut().build()).get(20, TimeUnit.SECONDS));

        assertEquals(PrintFailure.PAPER_OUT, PrintFailure.of(e));
    }

    @Test
    void givenAReadyPrinter_whenAStatementIsPrinted_thenItHasNoFailure() throws Exception {
        PrintResult result = devices.statementPrinter().print(Receipt.builder().title("缴费明细").cut().build())
                .get(20, TimeUnit.SECONDS);

        assertEquals(Optional.empty(), result.failure());
    }

    private static TicketReceipt ticket() {
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        return new TicketReceipt("DEMO-001", "青石村综合服务站", 'A', "社保医保", "A003", List.of(1, 2), 2, 10, at, true,
                TicketReceipt.qrText("DEMO-001", at.toLocalDate(), "A003"));
    }
}
