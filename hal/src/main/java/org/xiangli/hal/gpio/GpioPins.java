package org.xiangli.hal.gpio;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Which BCM pin does what, from the kiosk's configuration. Absent parts (no PIR sensor, no help button) are empty;
 * call buttons are listed in window order (index 0 is window 1).
 *
 * @param debounce presses of one button closer than this count once (contacts bounce; villagers press twice)
 */
public record GpioPins(OptionalInt presenceSensor, OptionalInt readyLed, OptionalInt faultLed,
        List<Integer> callButtons, OptionalInt helpButton, Duration debounce) {

    public GpioPins {
        callButtons = List.copyOf(callButtons);
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative");
        }
        List<Integer> assigned = Stream.concat(Stream.of(presenceSensor, readyLed, faultLed, helpButton)
                .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt), callButtons.stream()).toList();
        if (assigned.stream().distinct().count() != assigned.size()) {
            throw new IllegalArgumentException("a GPIO pin is assigned twice");
        }
    }
}
