package org.xiangli.hal.gpio;

/** What happened on the GPIO pins. */
public sealed interface GpioEvent {

    /** Someone came in front of the kiosk ({@code present}), or left. */
    record Presence(boolean present) implements GpioEvent {
    }

    /** The call button at a service window was pressed; windows count from 1. */
    record CallButton(int window) implements GpioEvent {
    }

    record HelpButton() implements GpioEvent {
    }
}
