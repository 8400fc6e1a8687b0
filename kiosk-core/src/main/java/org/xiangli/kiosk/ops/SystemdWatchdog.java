package org.xiangli.kiosk.ops;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells systemd the kiosk is up ({@code READY=1}) and alive ({@code WATCHDOG=1}). "Alive" means the JavaFX
 * thread still runs what is handed to it: each tick hands it a probe, and a ping is only sent once the previous
 * probe has run. A UI thread stuck in a loop or a deadlock stops the pings, and systemd restarts the kiosk.
 */
public final class SystemdWatchdog implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SystemdWatchdog.class.getName());

    private final Notifier notifier;
    private final Executor uiThread;
    private final Duration interval;
    private final AtomicBoolean probePending = new AtomicBoolean();
    private ScheduledExecutorService timer;

    public SystemdWatchdog(Notifier notifier, Executor uiThread, Duration interval) {
        this.notifier = notifier;
        this.uiThread = uiThread;
        this.interval = interval;
    }

    /**
     * The watchdog systemd asked for, if any: {@code $NOTIFY_SOCKET} and {@code $WATCHDOG_USEC}, pinging at half
     * the timeout. {@code $WATCHDOG_PID} is deliberately not checked: it names cage, the unit's main process, and
     * the unit says {@code NotifyAccess=all} so the kiosk beneath cage may ping.
     */
    public static Optional<SystemdWatchdog> fromEnvironment(Map<String, String> env, Executor uiThread) {
        String socket = env.get("NOTIFY_SOCKET");
        if (socket == null || socket.isEmpty()) {
            return Optional.empty();
        }
        Duration interval = Duration.ofSeconds(15);
        String usec = env.get("WATCHDOG_USEC");
        if (usec != null && usec.matches("\\d{1,15}") && Long.parseLong(usec) > 0) {
            interval = Duration.ofNanos(Long.parseLong(usec) * 1000 / 2);
        }
        return Optional.of(new SystemdWatchdog(new NotifySocket(socket), uiThread, interval));
    }

    /**
     * Says the kiosk is ready (the home page is up) and starts pinging on {@code timer}, a thread of the
     * composition root's that does nothing else (a ping must not wait behind other work).
     */
    public void start(ScheduledExecutorService timer) {
        send("READY=1");
        this.timer = timer;
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleAtFixedRate(this::tick, 0, millis, TimeUnit.MILLISECONDS);
    }

    /** One watchdog period: ping if the UI thread ran the last probe, then hand it a new one. */
    void tick() {
        if (!probePending.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "UI thread has not run the watchdog probe for {0}; not pinging systemd", interval);
            return;
        }
        send("WATCHDOG=1");
        uiThread.execute(() -> probePending.set(false));
    }

    private void send(String message) {
        try {
            notifier.send(message);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot notify systemd ({0}): {1}", message, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        send("STOPPING=1");
    }
}
