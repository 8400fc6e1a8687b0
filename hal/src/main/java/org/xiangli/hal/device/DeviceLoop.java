package org.xiangli.hal.device;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A device's own thread: opens the link, runs the driver's session on it until the link fails, then reports the
 * device offline with the reason and reopens with backoff — the whole unplug/replug story in one place.
 */
public final class DeviceLoop implements AutoCloseable {

    private static final Logger LOG = System.getLogger(DeviceLoop.class.getName());

    /** What a driver does while connected; returns or throws when the link is no longer usable. */
    @FunctionalInterface
    public interface Session {
        void run(Link link) throws IOException, InterruptedException;
    }

    private final String name;
    private final LinkOpener opener;
    private final Backoff backoff;
    private final DeviceNotifier<?> notifier;
    private final Session session;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile Link current;

    public DeviceLoop(String name, LinkOpener opener, Backoff backoff, DeviceNotifier<?> notifier, Session session) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.session = Objects.requireNonNull(session, "session");
    }

    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("device " + name).start(this::loop);
        }
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** Sleeps for {@code millis} unless the loop is stopped first; returns false when stopped. */
    public boolean pause(long millis) throws InterruptedException {
        return !stopped.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        stopped.countDown();
        Link link = current;
        if (link != null) {
            link.close();
        }
        Thread running = thread;
        if (running == null) {
            // Never started (a kiosk that exits before its devices were switched on): it stays "not started",
            // and nobody hears of a stop that never followed a start.
            return;
        }
        if (running != Thread.currentThread()) {
            running.interrupt();
            try {
                running.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        notifier.updateStatus(DeviceStatus.offline(StatusReason.STOPPED, name));
    }

    private void loop() {
        int attempt = 0;
        while (!isStopped()) {
            Link link;
            try {
                link = opener.open();
            } catch (IOException e) {
                notifier.updateStatus(DeviceStatus.offline(StatusReason.NOT_CONNECTED, e.getMessage()));
                if (!sleepBackoff(attempt++)) {
                    return;
                }
                continue;
            }
            attempt = 0;
            current = link;
            try {
                session.run(link);
            } catch (InterruptedException | InterruptedIOException e) {
                if (isStopped()) {
                    return;
                }
                LOG.log(Level.WARNING, name + ": interrupted while connected, reconnecting", e);
            } catch (IOException e) {
                if (!isStopped()) {
                    notifier.updateStatus(DeviceStatus.offline(StatusReason.CONNECTION_LOST, e.getMessage()));
                }
            } finally {
                current = null;
                link.close();
            }
            if (!sleepBackoff(attempt++)) {
                return;
            }
        }
    }

    private boolean sleepBackoff(int attempt) {
        try {
            return pause(backoff.delay(attempt).toMillis());
        } catch (InterruptedException e) {
            return !isStopped();
        }
    }
}
