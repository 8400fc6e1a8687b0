package org.xiangli.kiosk.queue;

import java.lang.System.Logger.Level;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The kiosk's ticket counter: takes a ticket from the queue, makes its receipt and prints it, off the UI thread.
 * A ticket that does not print is still a ticket: the queue goes on and the screen shows it.
 */
public final class TicketDesk {

    private static final System.Logger LOG = System.getLogger(TicketDesk.class.getName());

    private final QueueService queue;
    private final TicketPrinter printer;
    private final String stationCode;
    private final String stationName;
    private final Executor worker;
    private final Function<Ticket, String> qrText;

    /**
     * {@code worker}: where tickets are taken and printed, one at a time in the order of the taps (a print may
     * block for seconds); the composition root owns it. The QR names the ticket ({@link TicketReceipt#qrText}).
     */
    public TicketDesk(QueueService queue, TicketPrinter printer, String stationCode, String stationName,
                      Executor worker) {
        this(queue, printer, stationCode, stationName, worker,
                t -> TicketReceipt.qrText(stationCode, t.day(), t.label()));
    }

    /** @param qrText what a ticket's QR says: the kiosk's is the link to the phone status page */
    public TicketDesk(QueueService queue, TicketPrinter printer, String stationCode, String stationName,
                      Executor worker, Function<Ticket, String> qrText) {
        this.qrText = qrText;
        this.worker = worker;
        this.queue = queue;
        this.printer = printer;
        this.stationCode = stationCode;
        this.stationName = stationName;
    }

    public CompletableFuture<TicketOutcome> takeAsync(String requestId, ServiceItem service,
                                                      Optional<CardIdentity> card) {
        return CompletableFuture.supplyAsync(() -> take(requestId, service, card), worker);
    }

    /**
     * Like {@link #takeAsync(String, ServiceItem, Optional)}, and {@code issued} is told (on the worker) as soon as
     * the ticket is durable, before it prints: the ticket page shows the number while the printer works (a print
     * takes a few hundred milliseconds to seconds), and the returned outcome says how the print went.
     */
    public CompletableFuture<TicketOutcome> takeAsync(String requestId, ServiceItem service,
                                                      Optional<CardIdentity> card,
                                                      java.util.function.Consumer<IssuedTicket> issued) {
        return CompletableFuture.supplyAsync(() -> take(requestId, service, card, issued), worker);
    }

    /** A ticket taken, not yet printed: the queue's answer and the receipt made from it. */
    public record IssuedTicket(IssueResult issue, TicketReceipt receipt) {
    }

    /** Blocking: issues (or finds again) the ticket and prints a newly issued one. */
    public TicketOutcome take(String requestId, ServiceItem service, Optional<CardIdentity> card) {
        return take(requestId, service, card, t -> { });
    }

    private TicketOutcome take(String requestId, ServiceItem service, Optional<CardIdentity> card,
                               java.util.function.Consumer<IssuedTicket> issued) {
        IssueResult issue = queue.take(requestId, service.letter(), card);
        TicketReceipt receipt = receipt(issue, service);
        issued.accept(new IssuedTicket(issue, receipt));
        TicketPrinter.Result printed;
        if (issue.kind() == IssueResult.Kind.ISSUED) {
            printed = print(receipt);
        } else {
            // A repeat or a person already waiting: never a second slip for the same number.
            printed = TicketPrinter.Result.failed("not printed again: " + issue.kind());
        }
        return new TicketOutcome(issue, receipt, printed);
    }

    private TicketPrinter.Result print(TicketReceipt receipt) {
        try {
            TicketPrinter.Result result = printer.print(receipt);
            if (!result.printed()) {
                LOG.log(Level.WARNING, "ticket {0} not printed ({1}): shown on screen", receipt.number(),
                        result.problem());
            }
            return result;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ticket " + receipt.number() + " not printed: shown on screen", e);
            return TicketPrinter.Result.failed(String.valueOf(e.getMessage()));
        }
    }

    private TicketReceipt receipt(IssueResult issue, ServiceItem service) {
        Ticket t = issue.ticket();
        ZonedDateTime issued = t.issuedAt().atZone(queue.policy().zone());
        return new TicketReceipt(stationCode, stationName, service.letter(), service.name(), t.label(),
                service.windows(), issue.estimate().peopleAhead(), issue.estimate().minutes(), issued,
                t.priority().isPriority(), qrText.apply(t));
    }
}
