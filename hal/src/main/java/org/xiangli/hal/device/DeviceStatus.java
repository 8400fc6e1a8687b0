package org.xiangli.hal.device;

import java.util.Objects;

/**
 * A device's state, media supply and the reason it is in that state. {@code detail} carries technical facts
 * for logs (a status code, a port name) and is never shown to villagers.
 */
public record DeviceStatus(DeviceState state, MediaStatus media, StatusReason reason, String detail) {

    public DeviceStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    public static DeviceStatus online() {
        return new DeviceStatus(DeviceState.ONLINE, MediaStatus.UNKNOWN, StatusReason.READY, "");
    }

    public static DeviceStatus offline(StatusReason reason, String detail) {
        return new DeviceStatus(DeviceState.OFFLINE, MediaStatus.UNKNOWN, reason, detail);
    }

    public static DeviceStatus of(DeviceState state, StatusReason reason, String detail) {
        return new DeviceStatus(state, MediaStatus.UNKNOWN, reason, detail);
    }

    public boolean isOnline() {
        return state == DeviceState.ONLINE;
    }

    /** One line for a technician's log or console: state, reason in English and Chinese, detail. */
    public String describe() {
        String text = state + ": " + reason.english() + " (" + reason.chinese() + ")";
        if (media != MediaStatus.UNKNOWN) {
            text += ", media " + media;
        }
        return detail.isEmpty() ? text : text + " — " + detail;
    }
}
