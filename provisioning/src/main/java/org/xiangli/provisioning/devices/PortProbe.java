package org.xiangli.provisioning.devices;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.card.SamClient;
import org.xiangli.hal.card.SamCommand;
import org.xiangli.hal.card.SamReply;
import org.xiangli.hal.card.SamStatus;
import org.xiangli.hal.device.Deadline;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkClosedException;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PrinterCondition;
import org.xiangli.hal.printer.PrinterStatusQuery;

/**
 * Asks one serial port, at each usual baud rate, whether an ID-card reader (SAM status request) or an ESC/POS
 * printer (DLE EOT) answers. Both requests are harmless to either device and to scanners, which stay silent.
 */
final class PortProbe {

    /** What answered on a port. */
    record Finding(String port, String device, int baud, String detail) {
    }

    static final String CARD_READER = "card-reader";
    static final String PRINTER = "printer";
    static final String SILENT = "silent";
    static final String UNAVAILABLE = "unavailable";

    private static final List<Integer> CARD_BAUDS = List.of(115200, 57600, 38400, 19200, 9600);
    private static final List<Integer> PRINTER_BAUDS = List.of(9600, 19200, 38400, 115200);

    private final Duration answerTimeout;

    PortProbe(Duration answerTimeout) {
        this.answerTimeout = answerTimeout;
    }

    Finding probe(String port) {
        for (int baud : CARD_BAUDS) {
            try (Link link = SerialLink.open(port, baud)) {
                SamReply reply = new SamClient(link).transact(SamCommand.SAM_STATUS, answerTimeout);
                return new Finding(port, CARD_READER, baud, "SAM status " + SamStatus.describe(reply.statusCode()));
            } catch (TimeoutException | IOException e) {
                if (isUnavailable(e)) {
                    return new Finding(port, UNAVAILABLE, 0, e.getMessage());
                }
            }
        }
        for (int baud : PRINTER_BAUDS) {
            try (Link link = SerialLink.open(port, baud)) {
                PrinterCondition condition = PrinterStatusQuery.query(link, Deadline.after(answerTimeout));
                return new Finding(port, PRINTER, baud, condition.toStatus().describe());
            } catch (TimeoutException | IOException e) {
                if (isUnavailable(e)) {
                    return new Finding(port, UNAVAILABLE, 0, e.getMessage());
                }
            }
        }
        return new Finding(port, SILENT, 0, "no answer to card-reader or printer requests (a serial scanner is silent)");
    }

    /** A port that cannot be opened at all (missing, busy, no permission) — as opposed to one that is silent. */
    private static boolean isUnavailable(Exception e) {
        return e instanceof LinkClosedException;
    }
}
