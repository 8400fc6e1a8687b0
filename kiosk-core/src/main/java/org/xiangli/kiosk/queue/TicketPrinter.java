package org.xiangli.kiosk.queue;

/**
 * Prints a ticket and says whether it came out. The receipt printer's HAL driver fills this in; until a printer is
 * wired (or when it is out of paper or faulty) the kiosk shows the ticket full screen and speaks the number.
 * Blocking: called off the UI thread.
 */
@FunctionalInterface
public interface TicketPrinter {

    /** Whether the ticket was printed, and if not, why (for the log; the screen shows its own text). */
    record Result(boolean printed, String problem) {

        public static Result ok() {
            return new Result(true, "");
        }

        public static Result failed(String problem) {
            return new Result(false, problem);
        }
    }

    /** No printer wired: every ticket goes to the screen. */
    TicketPrinter NONE = receipt -> Result.failed("no receipt printer configured");

    Result print(TicketReceipt receipt);
}
