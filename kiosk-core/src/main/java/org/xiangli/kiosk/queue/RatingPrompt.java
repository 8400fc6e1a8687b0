package org.xiangli.kiosk.queue;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Puts the rating page on the kiosk when staff finish a ticket — but only while nobody is using the kiosk (it
 * shows its home page), so a villager in the middle of a lookup is never interrupted.
 */
public final class RatingPrompt implements QueueListener {

    private final QueueService queue;
    private final Executor ui;
    private final BooleanSupplier idle;
    private final Consumer<PendingRating> show;

    /** {@code idle} and {@code show} run on the UI thread, handed there through {@code ui}. */
    public RatingPrompt(QueueService queue, Executor ui, BooleanSupplier idle, Consumer<PendingRating> show) {
        this.queue = queue;
        this.ui = ui;
        this.idle = idle;
        this.show = show;
    }

    @Override
    public void finished(int window, Ticket ticket) {
        ui.execute(() -> queue.pendingRating(window).filter(p -> idle.getAsBoolean()).ifPresent(show));
    }
}
