package org.xiangli.kiosk.queue;

import java.util.Objects;
import java.util.Optional;
import org.xiangli.hal.printer.PrintFailure;

/**
 * Prints a ticket and says whether it came out. The receipt printer's HAL driver fills this in; until a printer is
 * wired (or when it is out of paper or faulty) the kiosk shows the ticket full screen and speaks the number.
 * Blocking: called off the UI thread.
 */
@FunctionalInterface
public interface TicketPrinter {

    /**
     * Whether the ticket was printed.
     *
     * @param failure      when a printer was asked and did not print: its typed reason (缺纸, 开盖, 离线…); empty for
     *                     a printed ticket and for one no printer was asked about (none configured, not printed again)
     * @param paperNearEnd the ticket printed, but the paper is running out (纸将尽): staff should load paper
     * @param problem      for the log; the screen shows its own text
     */
    record Result(boolean printed, Optional<PrintFailure> failure, boolean paperNearEnd, String problem) {

        public Result {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(problem, "problem");
            if (printed && failure.isPresent()) {
                throw new IllegalArgumentException("a printed ticket has no failure: " + failure.get());
            }
        }

        public static Result ok() {
            return ok(false);
        }

        public static Result ok(boolean paperNearEnd) {
            return new Result(true, Optional.empty(), paperNearEnd, "");
        }

        /** Not printed, and no printer is to blame (none configured, a ticket never printed twice). */
        public static Result failed(String problem) {
            return new Result(false, Optional.empty(), false, problem);
        }

        /** The printer did not print it, for {@code failure}. */
        public static Result failed(PrintFailure failure, String problem) {
            return new Result(false, Optional.of(failure), false, problem);
        }
    }

    /** No printer wired: every ticket goes to the screen. */
    TicketPrinter NONE = receipt -> Result.failed("no receipt printer configured");

    Result print(TicketReceipt receipt);
}
