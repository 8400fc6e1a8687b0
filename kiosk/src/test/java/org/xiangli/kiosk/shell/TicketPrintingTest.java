package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.queue.IssueResult;
import org.xiangli.kiosk.queue.TicketDesk;
import org.xiangli.kiosk.queue.TicketOutcome;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.screens.TicketScreen;
import org.xiangli.kiosk.ui.FxToolkit;
import org.xiangli.kiosk.ui.FxUi;

/**
 * The ticket page opens as soon as the number is durable, while the slip prints (issue 18: touch → page within a
 * frame or three), then says how the print went.
 */
@ExtendWith(FxToolkit.class)
class TicketPrintingTest {

    private final FxUi ui = new FxUi();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void theNumberShowsWhileTheSlipPrintsThenThePageSaysToTakeIt() {
        TicketOutcome outcome = LayoutTest.ticket(IssueResult.Kind.ISSUED, TicketPrinter.Result.ok(), false);
        ui.run(() -> {
            TicketScreen page = new TicketScreen(messages, new TicketDesk.IssuedTicket(outcome.issue(),
                    outcome.receipt()), Optional.empty(), false);
            assertEquals("A003", ((Label) page.view().lookup("#ticket-number")).getText());
            assertEquals("正在打印号票，请稍候", notice(page).getText());

            page.printed(TicketPrinter.Result.ok());
            assertEquals("请取走号票，留意叫号", notice(page).getText());
            assertFalse(notice(page).getStyleClass().contains("printer-down"));
            assertEquals(Optional.empty(), page.printFailure());
        });
    }

    @Test
    void aSlipThatDidNotPrintTurnsTheNoticeRedWithTheReason() {
        TicketOutcome outcome = LayoutTest.ticket(IssueResult.Kind.ISSUED, TicketPrinter.Result.ok(), false);
        ui.run(() -> {
            TicketScreen page = new TicketScreen(messages, new TicketDesk.IssuedTicket(outcome.issue(),
                    outcome.receipt()), Optional.empty(), false);
            page.printed(TicketPrinter.Result.failed(PrintFailure.PAPER_OUT, "paper out"));
            assertTrue(notice(page).getText().startsWith("打印机缺纸"), notice(page).getText());
            assertTrue(notice(page).getStyleClass().contains("printer-down"));
            assertEquals(Optional.of(PrintFailure.PAPER_OUT), page.printFailure());
        });
    }

    @Test
    void aTicketAlreadyWaitingSaysSoAtOnceAndNothingPrints() {
        TicketOutcome outcome = LayoutTest.ticket(IssueResult.Kind.ALREADY_WAITING,
                TicketPrinter.Result.failed("not printed again"), false);
        ui.run(() -> {
            TicketScreen page = new TicketScreen(messages, new TicketDesk.IssuedTicket(outcome.issue(),
                    outcome.receipt()), Optional.empty(), false);
            assertEquals(messages.get("queue.alreadyWaiting"), notice(page).getText());
        });
    }

    private static Label notice(TicketScreen page) {
        return (Label) page.view().lookup("#ticket-notice");
    }
}
