package org.xiangli.kiosk.content.sync;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the content feed poll and the USB stick watch on one injected background thread, so an import from the
 * feed and one from a stick never run at once. Content that was applied is announced through {@code onApplied}.
 */
public final class ContentUpdates implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ContentUpdates.class.getName());
    /** A technician waits for the stick's import to start; checking a folder every few seconds costs nothing. */
    static final Duration USB_SCAN_EVERY = Duration.ofSeconds(3);
    /** Give the kiosk time to draw its first screens before the first download competes for the CPU. */
    static final Duration FIRST_POLL_AFTER = Duration.ofSeconds(20);

    private final ScheduledExecutorService scheduler;
    private final Optional<FeedSync> feed;
    private final UsbStickWatcher usb;
    private final Duration pollEvery;
    private final Runnable onApplied;

    public ContentUpdates(ScheduledExecutorService scheduler, Optional<FeedSync> feed, UsbStickWatcher usb,
                          Duration pollEvery, Runnable onApplied) {
        this.scheduler = scheduler;
        this.feed = feed;
        this.usb = usb;
        this.pollEvery = pollEvery;
        this.onApplied = onApplied;
    }

    public void start() {
        // A stick left in since before the start is imported once (quietly if its bundles are applied already).
        scheduler.execute(guarded("USB import at start", () -> {
            if (usb.importMounted() > 0) {
                onApplied.run();
            }
        }));
        scheduler.scheduleWithFixedDelay(guarded("USB scan", () -> {
            if (usb.scan() > 0) {
                onApplied.run();
            }
        }), USB_SCAN_EVERY.toMillis(), USB_SCAN_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        feed.ifPresent(f -> scheduler.scheduleWithFixedDelay(guarded("feed poll", () -> {
            if (f.poll() instanceof FeedSync.Applied) {
                onApplied.run();
            }
        }), FIRST_POLL_AFTER.toMillis(), pollEvery.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Polls the feed now, on the updates' thread, besides the schedule (the county hub's {@code sync-now}).
     *
     * @throws UnsupportedOperationException when no feed is configured (USB sticks only)
     */
    public void syncNow() {
        FeedSync f = feed.orElseThrow(() -> new UnsupportedOperationException("no content.feed_url: USB sticks only"));
        scheduler.execute(guarded("feed poll (asked by the county)", () -> {
            if (f.poll() instanceof FeedSync.Applied) {
                onApplied.run();
            }
        }));
    }

    /**
     * A scheduled task that throws is never run again, and says nothing: the executor keeps the fault in a future
     * nobody reads. So every fault is logged and the schedule kept, Errors included: an OutOfMemoryError or a
     * StackOverflowError from one bad stick or download is that task's, and must not stop the scan of the next
     * stick (the heap is free again once the task has unwound).
     */
    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable e) {
                LOG.log(Level.ERROR, what + " failed; it runs again at its next time", e);
            }
        };
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
