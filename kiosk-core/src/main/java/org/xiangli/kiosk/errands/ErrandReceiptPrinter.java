package org.xiangli.kiosk.errands;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.StatementPrinter;

/**
 * Prints an errand's receipt on the station's receipt printer (the statements' path): at registration and when
 * staff reprint it. A receipt that does not print is logged by number (nothing personal); staff see the printer.
 */
public final class ErrandReceiptPrinter {

    private static final System.Logger LOG = System.getLogger(ErrandReceiptPrinter.class.getName());

    private final ErrandDesk desk;
    private final StatementPrinter printer;
    private final Messages messages;
    private final String stationName;
    private final Clock clock;

    public ErrandReceiptPrinter(ErrandDesk desk, StatementPrinter printer, Messages messages, String stationName,
                                Clock clock) {
        this.desk = desk;
        this.printer = printer;
        this.messages = messages;
        this.stationName = stationName;
        this.clock = clock;
    }

    public CompletableFuture<PrintResult> print(ErrandView view) {
        CompletableFuture<PrintResult> printed = printer.print(ErrandReceipt.of(view, desk.code(view.errand()),
                messages, stationName, ZonedDateTime.now(clock.withZone(desk.zone()))));
        printed.whenComplete((result, error) -> {
            if (error != null || !result.complete()) {
                LOG.log(Level.WARNING, "the receipt of errand {0} did not print: {1}", view.errand().number(),
                        error != null ? error.toString() : result.statusAfter());
            }
        });
        return printed;
    }
}
