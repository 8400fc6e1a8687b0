package org.xiangli.kiosk.payments;

import java.lang.System.Logger.Level;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs payments lookups off the UI thread, so a slow live service never freezes the screen, and hands each
 * outcome to the UI thread through {@code ui} ({@code shell.FxUi} in the kiosk). A lookup whose session ended
 * before it finished ({@link Pending#cancel()} on 返回首页, idle timeout or card removal) is dropped: its outcome
 * is never delivered and nothing here keeps it.
 *
 * <p>Two workers: a lookup abandoned by an ended session may still wait for the live service's timeout, and the
 * next villager should not wait behind it. The queue is short; a kiosk has one villager at a time.
 */
public final class PaymentsLookups implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PaymentsLookups.class.getName());
    private static final int WORKERS = 2;
    private static final int QUEUED = 4;

    private final Executor ui;
    private final ThreadPoolExecutor workers;
    private final AtomicInteger running = new AtomicInteger();

    public PaymentsLookups(Executor ui) {
        this.ui = ui;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED), r -> {
                    Thread t = new Thread(r, "payments-lookup-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        workers.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts {@code lookup} on a worker; {@code onResult} runs later on the UI thread unless the returned
     * {@link Pending} was cancelled first. Call on the UI thread.
     */
    public Pending start(Supplier<LookupOutcome> lookup, Consumer<LookupOutcome> onResult) {
        Pending pending = new Pending(onResult);
        try {
            running.incrementAndGet();
            workers.execute(() -> {
                try {
                    run(lookup, pending);
                } finally {
                    running.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            running.decrementAndGet();
            LOG.log(Level.WARNING, "payments lookup refused: {0} lookups already waiting", QUEUED);
            ui.execute(() -> pending.deliver(new LookupOutcome.Unavailable()));
        }
        return pending;
    }

    private void run(Supplier<LookupOutcome> lookup, Pending pending) {
        if (pending.isCancelled()) {
            return;
        }
        LookupOutcome outcome;
        try {
            outcome = lookup.get();
        } catch (RuntimeException e) {
            // The exception's message may come from the store or the network, never from the villager's data.
            LOG.log(Level.ERROR, "payments lookup failed: " + e.getClass().getName());
            outcome = new LookupOutcome.Unavailable();
        }
        if (pending.isCancelled()) {
            return;
        }
        LookupOutcome result = outcome;
        ui.execute(() -> pending.deliver(result));
    }

    /** Lookups started and not yet finished on a worker (tests wait for zero). */
    public int running() {
        return running.get();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "a payments lookup was still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One lookup in flight. Cancel and deliver both run on the UI thread, so they cannot race. */
    public static final class Pending {

        private volatile Consumer<LookupOutcome> onResult;
        private volatile boolean done;

        Pending(Consumer<LookupOutcome> onResult) {
            this.onResult = onResult;
        }

        /** Drops the lookup: its outcome, whenever it comes, goes nowhere. */
        public void cancel() {
            onResult = null;
            done = true;
        }

        public boolean isCancelled() {
            return onResult == null;
        }

        /** Whether the outcome arrived or the lookup was dropped. */
        public boolean isDone() {
            return done;
        }

        void deliver(LookupOutcome outcome) {
            Consumer<LookupOutcome> target = onResult;
            onResult = null;
            done = true;
            if (target != null) {
                target.accept(outcome);
            }
        }
    }
}
