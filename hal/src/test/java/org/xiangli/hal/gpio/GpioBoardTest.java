package org.xiangli.hal.gpio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The hardware board binds to the Pi's gpiochip or fails; it never falls back to the shipped mock pins. */
class GpioBoardTest {

    private static final GpioPins PINS = new GpioPins(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
            Map.of(1, 17), OptionalInt.empty(), Duration.ofMillis(300));

    @Test
    void withoutAGpioChipTheHardwareBoardRefusesToStart() {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")), "this machine has real GPIO");

        RuntimeException e = assertThrows(RuntimeException.class, () -> GpioBoard.hardware(PINS, Clock.systemUTC()));
        assertFalse(String.valueOf(e.getMessage()).isBlank(), "the log must say why: " + e);
    }
}
