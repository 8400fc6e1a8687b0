package org.xiangli.hal.gpio;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which BCM pin does what, from the kiosk's configuration. Absent parts (no PIR sensor, no help button) are empty;
 * call buttons map a window number (from 1) to its pin; a window without a button is simply absent.
 *
 * @param debounce presses of one button closer than this count once (contacts bounce; villagers press twice)
 */
public record GpioPins(OptionalInt presenceSensor, OptionalInt readyLed, OptionalInt faultLed,
        Map<Integer, Integer> callButtons, OptionalInt helpButton, Duration debounce) {

    public GpioPins {
        callButtons = java.util.Collections.unmodifiableMap(new TreeMap<>(callButtons));
        if (callButtons.keySet().stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("call button windows count from 1");
        }
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative");
        }
        List<Integer> assigned = Stream.concat(Stream.of(presenceSensor, readyLed, faultLed, helpButton)
                .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt), callButtons.values().stream()).toList();
        if (assigned.stream().distinct().count() != assigned.size()) {
            throw new IllegalArgumentException("a GPIO pin is assigned twice");
        }
    }
}
