package org.xiangli.kiosk.devices;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.card.CardRemoved;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.card.SamCardReader;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.PrinterNotReadyException;
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
 *
 * <p>A print that did not come out always says why in the device model's words (缺纸, 开盖, 离线, 无响应): every
 * way the driver can fail — not ready before the job, paper out during it, no answer, a lost link — becomes a
 * {@link StatusReason}, here and only here, so the page that asked can say the right thing.
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

    /** Tickets through the printer; any failure means "show it on screen", with the printer's reason. */
    public TicketPrinter ticketPrinter() {
        return ticket -> {
            Receipt receipt = ticketLayout.layout(ticket);
            try {
                PrintResult result = print(receipt).get(PRINT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
                return result.complete() ? TicketPrinter.Result.ok(result.statusAfter().reason())
                        : TicketPrinter.Result.failed(result.statusAfter().reason(), result.statusAfter().describe());
            } catch (ExecutionException e) {
                // print() completes normally on every printer failure: this is a bug, not the printer.
                return TicketPrinter.Result.failed(StatusReason.PRINTER_FAULT, String.valueOf(e.getCause()));
            } catch (TimeoutException e) {
                return TicketPrinter.Result.failed(StatusReason.NOT_RESPONDING,
                        "printer did not finish within " + PRINT_TIMEOUT.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return TicketPrinter.Result.failed(StatusReason.STOPPED, "interrupted");
            }
        };
    }

    /** Statements through the printer: see {@link StatementPrinter} for what the future says. */
    public StatementPrinter statementPrinter() {
        return receipt -> print(receipt).whenComplete((r, e) -> {
            if (r != null && !r.complete()) {
                LOG.log(Level.WARNING, "statement not printed: {0}", r.statusAfter().describe());
            }
        });
    }

    /**
     * Prints {@code receipt}; the future always completes normally: when nothing or not all of it came out,
     * {@link PrintResult#complete()} is false and {@link PrintResult#statusAfter()} says why.
     */
    CompletableFuture<PrintResult> print(Receipt receipt) {
        return printer.print(receipt, PRINT_TIMEOUT).exceptionally(e -> new PrintResult(0, whyNotPrinted(e)));
    }

    /** The reason a print job failed, from the exception the driver gave and what the printer says now. */
    private DeviceStatus whyNotPrinted(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof PrinterNotReadyException notReady) {
            return notReady.status();
        }
        DeviceStatus now = printer.status();
        if (!now.isOnline()) {
            // Unplugged or offline: the job waited for a printer that never came; say what the printer says.
            return now;
        }
        if (cause instanceof TimeoutException || cause instanceof CancellationException) {
            return DeviceStatus.of(DeviceState.OFFLINE, StatusReason.NOT_RESPONDING, String.valueOf(cause));
        }
        return DeviceStatus.of(DeviceState.OFFLINE, StatusReason.CONNECTION_LOST, String.valueOf(cause));
    }
}
