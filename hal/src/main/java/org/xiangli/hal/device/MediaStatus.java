package org.xiangli.hal.device;

/** Paper (or other media) supply as reported by the device's sensors. */
public enum MediaStatus {
    OK,
    NEAR_END,
    OUT,
    /** The device has not answered a status query yet, or has none. */
    UNKNOWN
}
