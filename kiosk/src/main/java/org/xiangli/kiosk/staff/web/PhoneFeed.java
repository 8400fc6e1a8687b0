package org.xiangli.kiosk.staff.web;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.QueueListener;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.Ticket;

/**
 * Keeps the open phone status pages up to date: whenever the queue changes (a ticket issued, called, finished...)
 * every open page's ticket is looked at again, on one thread of its own and at most every {@link #COALESCE_MS}, and
 * a page hears only when its words changed. Every half minute the pages are looked at anyway (the estimated wait
 * moves with the clock, the day ends) and pinged, which also finds phones that went away.
 */
final class PhoneFeed implements QueueListener, AutoCloseable {

    /** Phones held open at once; more are refused (a 503), so a flood of streams cannot exhaust the kiosk. */
    static final int MAX_PAGES = 500;
    private static final long COALESCE_MS = 300;
    private static final System.Logger LOG = System.getLogger(PhoneFeed.class.getName());

    private final PhoneStatuses statuses;
    private final QueueService queue;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "phone-feed");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong open = new AtomicLong();
    // Touched only on the sender thread.
    private final List<Page> pages = new ArrayList<>();

    private static final class Page {
        final String code;
        final DisplayFeed.Sink sink;
        String last;
        long id;

        Page(String code, DisplayFeed.Sink sink) {
            this.code = code;
            this.sink = sink;
        }
    }

    PhoneFeed(PhoneStatuses statuses, QueueService queue) {
        this.statuses = statuses;
        this.queue = queue;
        queue.addListener(this);
        sender.scheduleWithFixedDelay(this::refreshAll, 30, 30, TimeUnit.SECONDS);
    }

    /** Opens a page's stream; false when too many are open. The page gets its status at once. */
    boolean subscribe(String code, DisplayFeed.Sink sink) {
        if (open.incrementAndGet() > MAX_PAGES) {
            open.decrementAndGet();
            return false;
        }
        sender.execute(() -> {
            Page page = new Page(code, sink);
            if (send(page)) {
                pages.add(page);
            } else {
                open.decrementAndGet();
            }
        });
        return true;
    }

    @Override
    public void called(Call call) {
        changed();
    }

    @Override
    public void finished(int window, Ticket ticket) {
        changed();
    }

    /** Called under the queue's lock: only schedules the look, once for a burst of changes. */
    @Override
    public void changed() {
        if (pending.compareAndSet(false, true)) {
            sender.schedule(() -> {
                pending.set(false);
                refreshChanged();
            }, COALESCE_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void refreshChanged() {
        drop(page -> !send(page));
    }

    private void refreshAll() {
        drop(page -> !send(page) || !page.sink.ping());
    }

    private void drop(java.util.function.Predicate<Page> gone) {
        try {
            int before = pages.size();
            pages.removeIf(gone);
            open.addAndGet(pages.size() - before);
        } catch (RuntimeException e) {
            // The store may be busy or closing; the next change or the half-minute look tries again.
            LOG.log(Level.WARNING, "phone status pages not refreshed: {0}", e.toString());
        }
    }

    /** Sends the page its status if it changed; false when the phone has gone. */
    private boolean send(Page page) {
        Optional<PhoneView> view = statuses.view(page.code);
        String json = view.map(WebJson::write).orElse("{\"gone\":true}");
        if (json.equals(page.last)) {
            return true;
        }
        page.last = json;
        return page.sink.send("status", json, ++page.id);
    }

    @Override
    public void close() {
        queue.removeListener(this);
        sender.shutdownNow();
    }
}
