package org.xiangli.hal.printer;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.device.Deadline;
import org.xiangli.hal.device.Link;

/** Asks an ESC/POS printer for its condition: {@code DLE EOT 1, 2, 4}, one byte awaited after each. */
public final class PrinterStatusQuery {

    private PrinterStatusQuery() {
    }

    /**
     * Send only between jobs: mid-job, some printers queue the request behind the data.
     *
     * @throws PrinterProtocolException when an answer is not a status byte (not an ESC/POS printer, or noise)
     * @throws TimeoutException         when an answer did not come before the deadline
     */
    public static PrinterCondition query(Link link, Deadline deadline) throws IOException, TimeoutException {
        link.discardInput();
        int[] answers = new int[3];
        int[] requests = {EscPos.STATUS_PRINTER, EscPos.STATUS_OFFLINE_CAUSE, EscPos.STATUS_PAPER};
        for (int i = 0; i < requests.length; i++) {
            link.write(EscPos.statusRequest(requests[i]));
            answers[i] = link.readExactly(1, deadline)[0] & 0xFF;
        }
        return PrinterCondition.parse(answers[0], answers[1], answers[2]);
    }
}
