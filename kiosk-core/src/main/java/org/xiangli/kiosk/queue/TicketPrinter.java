package org.xiangli.kiosk.queue;

import java.util.Objects;
import org.xiangli.hal.device.StatusReason;

/**
 * Prints a ticket and says whether it came out, and why not. The receipt printer's HAL driver fills this in; until
 * a printer is wired (or when it is out of paper or faulty) the kiosk shows the ticket full screen and speaks the
 * number. Blocking: called off the UI thread.
 */
@FunctionalInterface
public interface TicketPrinter {

    /**
     * Whether the ticket was printed; {@code reason} is the printer's state in the device model's words: why it
     * did not print (缺纸 {@link StatusReason#PAPER_OUT}, 开盖 {@link StatusReason#COVER_OPEN}, 离线...), or a
     * warning after a ticket that did ({@link StatusReason#PAPER_NEAR_END}), else {@link StatusReason#READY}.
     * {@code problem} is for the log only; the screen shows its own text for the reason.
     */
    record Result(boolean printed, StatusReason reason, String problem) {

        public Result {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(problem, "problem");
        }

        public static Result ok() {
            return new Result(true, StatusReason.READY, "");
        }

        /** Printed, and the printer said {@code reason} afterwards (paper near end). */
        public static Result ok(StatusReason reason) {
            return new Result(true, reason, "");
        }

        public static Result failed(StatusReason reason, String problem) {
            return new Result(false, reason, problem);
        }

        /** Not printed on purpose (a repeat of a ticket printed before): nothing is wrong with the printer. */
        public static Result skipped(String why) {
            return new Result(false, StatusReason.READY, why);
        }
    }

    /** No printer wired: every ticket goes to the screen. */
    TicketPrinter NONE = receipt -> Result.failed(StatusReason.NOT_CONNECTED, "no receipt printer configured");

    Result print(TicketReceipt receipt);
}
