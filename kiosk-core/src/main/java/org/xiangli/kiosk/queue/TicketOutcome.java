package org.xiangli.kiosk.queue;

/** A ticket taken at the kiosk: the queue's answer, the receipt made from it and whether it printed. */
public record TicketOutcome(IssueResult issue, TicketReceipt receipt, TicketPrinter.Result print) {
}
