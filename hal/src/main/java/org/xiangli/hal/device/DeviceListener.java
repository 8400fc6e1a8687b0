package org.xiangli.hal.device;

/**
 * Receives a device's status changes and events. Both are called on the device's own thread, one at a time:
 * a listener must return quickly and hand UI work to the UI thread itself.
 *
 * @param <E> the device's event type (a card read, a scanned code, a button press)
 */
public interface DeviceListener<E> {

    default void statusChanged(DeviceStatus status) {
    }

    default void event(E event) {
    }
}
