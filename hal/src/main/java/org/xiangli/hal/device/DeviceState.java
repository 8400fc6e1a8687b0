package org.xiangli.hal.device;

/** The status classes of CEN/XFS and XFS4IoT devices, reduced to what a kiosk screen needs to decide. */
public enum DeviceState {
    /** Connected and ready for the next command. */
    ONLINE,
    /** Not connected: unplugged, powered off, or never found. The driver keeps trying to reconnect. */
    OFFLINE,
    /** Connected but broken (failed self-test, cutter error): staff must look at it. */
    HARDWARE_ERROR,
    /** Connected, but a person must act: paper out, cover open, card placed badly. */
    USER_ERROR,
    /** Executing a command; the next one waits. */
    BUSY
}
