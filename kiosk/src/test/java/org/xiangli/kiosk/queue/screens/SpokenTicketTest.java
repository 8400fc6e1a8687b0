package org.xiangli.kiosk.queue.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.queue.IssueResult;
import org.xiangli.kiosk.queue.PriorityReason;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.queue.TicketOutcome;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceipt;
import org.xiangli.kiosk.queue.TicketStatus;
import org.xiangli.kiosk.queue.WaitEstimate;

/** What the kiosk says aloud when no slip came out: the printer's reason first, then the number to note. */
class SpokenTicketTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    private static TicketOutcome outcome(IssueResult.Kind kind, TicketPrinter.Result print) {
        Instant at = Instant.parse("2026-11-23T02:00:00Z");
        Ticket ticket = new Ticket(1, LocalDate.of(2026, 11, 23), 'A', 3, 'A', PriorityReason.NONE,
                TicketStatus.WAITING, at, Optional.empty(), Optional.empty(), 0, 0, Optional.empty());
        TicketReceipt receipt = new TicketReceipt("DEMO-001", "青石村综合服务站", 'A', "社保医保", "A003", List.of(1, 2), 2,
                10, at.atZone(ZoneId.of("Asia/Shanghai")), false, "XIANGLI-TICKET:DEMO-001:2026-11-23:A003");
        return new TicketOutcome(new IssueResult(ticket, kind, new WaitEstimate(2, Duration.ofMinutes(10))),
                receipt, print);
    }

    @Test
    void aPrinterOutOfPaperIsSaidBeforeTheNumber() {
        String spoken = TicketScreen.spokenNumber(ZH, outcome(IssueResult.Kind.ISSUED,
                TicketPrinter.Result.failed(PrintFailure.PAPER_OUT, "paper end")));

        assertEquals("打印机缺纸，请记下您的号码。您的号码是 A 0 0 3，前面还有 2 人", spoken);
    }

    @Test
    void aFaultWithoutWordsOfItsOwnIsSaidAsAPrinterFault() {
        String spoken = TicketScreen.spokenNumber(ZH, outcome(IssueResult.Kind.ISSUED,
                TicketPrinter.Result.failed(PrintFailure.TIMED_OUT, "late")));

        assertEquals("打印机故障，请记下您的号码。您的号码是 A 0 0 3，前面还有 2 人", spoken);
    }

    @Test
    void aVillagerWhoAlreadyWaitsHearsSo() {
        String spoken = TicketScreen.spokenNumber(ZH, outcome(IssueResult.Kind.ALREADY_WAITING,
                TicketPrinter.Result.failed("not printed again")));

        assertEquals("您已取号。您的号码是 A 0 0 3，前面还有 2 人", spoken);
    }

    @Test
    void theEnglishKioskSaysTheSame() {
        String spoken = TicketScreen.spokenNumber(new Messages(Locale.ENGLISH), outcome(IssueResult.Kind.ISSUED,
                TicketPrinter.Result.failed(PrintFailure.COVER_OPEN, "cover")));

        assertEquals("The printer cover is open. Please note your number. Your number is A 0 0 3, 2 people ahead",
                spoken);
    }
}
