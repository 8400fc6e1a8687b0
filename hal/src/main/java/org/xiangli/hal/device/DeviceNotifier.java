package org.xiangli.hal.device;

import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Holds a device's current status and its listeners, and delivers status changes and events to them.
 * A listener that throws is logged and does not stop the others nor the device.
 */
public final class DeviceNotifier<E> {

    private static final Logger LOG = System.getLogger(DeviceNotifier.class.getName());

    private final String deviceName;
    private final List<DeviceListener<E>> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceStatus status;

    public DeviceNotifier(String deviceName, DeviceStatus initial) {
        this.deviceName = Objects.requireNonNull(deviceName, "deviceName");
        this.status = Objects.requireNonNull(initial, "initial");
    }

    public DeviceStatus status() {
        return status;
    }

    public void addListener(DeviceListener<E> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(DeviceListener<E> listener) {
        listeners.remove(listener);
    }

    /** Records the status and tells listeners, only when it differs from the current one. */
    public void updateStatus(DeviceStatus next) {
        if (next.equals(status)) {
            return;
        }
        status = next;
        LOG.log(next.isOnline() ? Level.INFO : Level.WARNING, "{0}: {1}", deviceName, next.describe());
        for (DeviceListener<E> listener : listeners) {
            try {
                listener.statusChanged(next);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, deviceName + ": status listener failed", e);
            }
        }
    }

    public void fire(E event) {
        for (DeviceListener<E> listener : listeners) {
            try {
                listener.event(event);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, deviceName + ": event listener failed", e);
            }
        }
    }

    /**
     * The next event that matches, as a future that fails with a {@link java.util.concurrent.TimeoutException}
     * after {@code timeout}. Cancelling the future stops waiting. The caller's thread never blocks.
     */
    public CompletableFuture<E> next(Predicate<? super E> filter, Duration timeout) {
        CompletableFuture<E> result = new CompletableFuture<>();
        DeviceListener<E> once = new DeviceListener<>() {
            @Override
            public void event(E event) {
                if (filter.test(event)) {
                    result.complete(event);
                }
            }
        };
        addListener(once);
        result.whenComplete((event, failure) -> removeListener(once));
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
