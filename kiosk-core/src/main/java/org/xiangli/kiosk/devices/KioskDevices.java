package org.xiangli.kiosk.devices;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.card.CardRemoved;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.card.SamCardReader;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.hal.scanner.CodeScanner;
import org.xiangli.hal.scanner.ScannedCode;
import org.xiangli.kiosk.payments.StatementPrinter;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceiptLayout;

/**
 * Connects the HAL's drivers to the kiosk: card reads and scanned codes go to the page on screen (through the UI
 * executor, never from the device thread), tickets and statements go to the receipt printer. The same wiring
 * serves real devices and demo mode's simulators: only the drivers' links differ.
 */
public final class KioskDevices {

    private static final System.Logger LOG = System.getLogger(KioskDevices.class.getName());
    /** A ticket that has not come out in this time is shown on screen instead: the villager must not wait. */
    static final Duration PRINT_TIMEOUT = Duration.ofSeconds(8);

    /** Where device events land: the shell's page on screen. */
    public interface EventSink {
        void cardRead(IdentityCard card);

        void codeScanned(String text);

        /** The card read last left the reader: a session it opened ends a little later. */
        void cardRemoved();
    }

    private final ReceiptPrinter printer;
    private final TicketReceiptLayout ticketLayout;

    public KioskDevices(ReceiptPrinter printer, TicketReceiptLayout ticketLayout) {
        this.printer = printer;
        this.ticketLayout = ticketLayout;
    }

    /** Sends card reads, card removals and scans to {@code sink} on {@code ui} (the FX thread). */
    public static void route(SamCardReader cardReader, CodeScanner scanner, Executor ui, EventSink sink) {
        cardReader.addListener(new DeviceListener<>() {
            @Override
            public void event(IdentityCard card) {
                ui.execute(() -> sink.cardRead(card));
            }
        });
        cardReader.addRemovalListener(new DeviceListener<>() {
            @Override
            public void event(CardRemoved removed) {
                ui.execute(sink::cardRemoved);
            }
        });
        scanner.addListener(new DeviceListener<>() {
            @Override
            public void event(ScannedCode code) {
                ui.execute(() -> sink.codeScanned(code.text()));
            }
        });
    }

    /**
     * Tickets through the printer; any failure (paper out, offline, timeout) means "show it on screen", and the
     * result names it ({@link TicketPrinter.Result#failure()}).
     */
    public TicketPrinter ticketPrinter() {
        return ticket -> {
            Receipt receipt = ticketLayout.layout(ticket);
            try {
                PrintResult result = printer.print(receipt, PRINT_TIMEOUT)
                        .get(PRINT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
                return result.failure()
                        .map(failure -> TicketPrinter.Result.failed(failure, result.statusAfter().describe()))
                        .orElseGet(() -> TicketPrinter.Result.ok(result.paperNearEnd()));
            } catch (ExecutionException e) {
                return TicketPrinter.Result.failed(PrintFailure.of(e), String.valueOf(e.getCause().getMessage()));
            } catch (TimeoutException e) {
                // The driver's own timeout ends the job first; this one only guards against a driver that hangs.
                return TicketPrinter.Result.failed(PrintFailure.TIMED_OUT,
                        "printer did not finish within " + PRINT_TIMEOUT.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return TicketPrinter.Result.failed("interrupted");
            }
        };
    }

    public StatementPrinter statementPrinter() {
        return receipt -> {
            CompletableFuture<PrintResult> job = printer.print(receipt, PRINT_TIMEOUT);
            job.whenComplete((r, e) -> {
                if (e != null) {
                    LOG.log(Level.WARNING, "statement not printed ({0}): {1}", PrintFailure.of(e), e.getMessage());
                } else if (r.failure().isPresent()) {
                    LOG.log(Level.WARNING, "statement may be incomplete ({0}): {1}", r.failure().get(),
                            r.statusAfter().describe());
                }
            });
            return job;
        };
    }
}
