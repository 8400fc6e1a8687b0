package org.xiangli.kiosk.devices;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.card.CardRemoved;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.card.SamCardReader;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.hal.scanner.ScannedCode;
import org.xiangli.kiosk.payments.StatementPrinter;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceiptLayout;

/**
 * Connects the HAL's drivers to the kiosk: card reads, scanned codes and the printer's status go to an
 * {@link EventSink} (the kiosk's router, which hands them to the page on screen), tickets and statements go to the
 * receipt printer. The same wiring serves real devices and the simulators: only the drivers' links differ.
 */
public final class KioskDevices {

    private static final System.Logger LOG = System.getLogger(KioskDevices.class.getName());
    /** A ticket that has not come out in this time is shown on screen instead: the villager must not wait. */
    static final Duration PRINT_TIMEOUT = Duration.ofSeconds(8);

    /**
     * Where device events land. Called on the device's own thread, one at a time: the receiver hands them to the
     * UI thread itself (the kiosk's {@code shell.DeviceEvents} does).
     */
    public interface EventSink {
        void cardRead(IdentityCard card);

        void codeScanned(String text);

        /** The card read last left the reader: a session it opened ends a little later. */
        void cardRemoved();

        /** The receipt printer's status changed (paper near end or out, cover open, offline, back online). */
        default void printerStatus(DeviceStatus status) {
        }
    }

    private final ReceiptPrinter printer;
    private final TicketReceiptLayout ticketLayout;

    public KioskDevices(ReceiptPrinter printer, TicketReceiptLayout ticketLayout) {
        this.printer = printer;
        this.ticketLayout = ticketLayout;
    }

    /** Sends card reads and removals to {@code sink}, on the reader's thread. */
    public static void routeCards(SamCardReader cardReader, EventSink sink) {
        cardReader.addListener(new DeviceListener<>() {
            @Override
            public void event(IdentityCard card) {
                sink.cardRead(card);
            }
        });
        cardReader.addRemovalListener(new DeviceListener<>() {
            @Override
            public void event(CardRemoved removed) {
                sink.cardRemoved();
            }
        });
    }

    /** A scanner listener (serial or evdev scanner alike) that sends each code to {@code sink}. */
    public static DeviceListener<ScannedCode> scans(EventSink sink) {
        return new DeviceListener<>() {
            @Override
            public void event(ScannedCode code) {
                sink.codeScanned(code.text());
            }
        };
    }

    /** Sends each status change of {@code printer} to {@code sink}, on the printer's thread. */
    public static void routePrinter(ReceiptPrinter printer, EventSink sink) {
        printer.addListener(new DeviceListener<>() {
            @Override
            public void statusChanged(DeviceStatus status) {
                sink.printerStatus(status);
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
