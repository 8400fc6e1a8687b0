package org.xiangli.kiosk.shell;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.kiosk.payments.StatementPrinter;

/**
 * Between the results page and the real statement printer: a test awaits each job until it has ended and the page
 * has been told (the page's update is then on its way to the UI thread; {@link KioskFixture#settle()} sees it).
 */
public final class StatementJobs implements StatementPrinter {

    private final StatementPrinter printer;
    private final BlockingQueue<CompletableFuture<Void>> told = new LinkedBlockingQueue<>();

    public StatementJobs(StatementPrinter printer) {
        this.printer = printer;
    }

    @Override
    public CompletableFuture<PrintResult> print(Receipt receipt) {
        CompletableFuture<PrintResult> toPage = new CompletableFuture<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        told.add(done);
        printer.print(receipt).whenComplete((result, failure) -> {
            // The page's callback hangs on toPage by now: completing it runs that callback here, before done.
            if (failure != null) {
                toPage.completeExceptionally(failure);
            } else {
                toPage.complete(result);
            }
            done.complete(null);
        });
        return toPage;
    }

    /** Waits until the oldest job not yet awaited has ended and the page has heard of it. */
    public void awaitNext(Duration limit) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Void> next = told.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            throw new TimeoutException("no statement was sent to the printer within " + limit);
        }
        next.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    }
}
