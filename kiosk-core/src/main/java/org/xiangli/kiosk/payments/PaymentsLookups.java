package org.xiangli.kiosk.payments;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs payments lookups off the UI thread, so a slow live service never freezes the screen, and hands each
 * outcome to the UI thread through {@code ui} ({@code shell.FxUi} in the kiosk). A lookup whose session ended
 * before it finished ({@link Pending#cancel()} on 返回首页, idle timeout or card removal) is dropped: its outcome
 * is never delivered and nothing here keeps it.
 *
 * <p>The workers are the composition root's: {@link #WORKERS} threads, because a lookup abandoned by an ended
 * session may still wait for the live service's timeout and the next villager should not wait behind it, and
 * room for {@link #QUEUED} more (a kiosk has one villager at a time). A lookup the workers refuse is answered
 * "unavailable" at once.
 */
public final class PaymentsLookups {

    private static final System.Logger LOG = System.getLogger(PaymentsLookups.class.getName());
    /** How many lookups may run at once. */
    public static final int WORKERS = 2;
    /** How many lookups may wait for a worker. */
    public static final int QUEUED = 4;

    private final Executor ui;
    private final Executor workers;

    /** {@code workers}: where lookups run, refusing work beyond {@link #WORKERS} + {@link #QUEUED}. */
    public PaymentsLookups(Executor ui, Executor workers) {
        this.ui = ui;
        this.workers = workers;
    }

    /**
     * Starts {@code lookup} on a worker; {@code onResult} runs later on the UI thread unless the returned
     * {@link Pending} was cancelled first. Call on the UI thread.
     */
    public Pending start(Supplier<LookupOutcome> lookup, Consumer<LookupOutcome> onResult) {
        Pending pending = new Pending(onResult);
        try {
            workers.execute(() -> run(lookup, pending));
        } catch (RejectedExecutionException e) {
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
