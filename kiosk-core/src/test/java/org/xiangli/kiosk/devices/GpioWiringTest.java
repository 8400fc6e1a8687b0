package org.xiangli.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.gpio.GpioBoard;
import org.xiangli.hal.gpio.GpioPins;

/** The kiosk's own GPIO parts through Pi4J's mock pins: presence, help button, ready and fault LEDs. */
class GpioWiringTest {

    private static final GpioPins PINS = new GpioPins(OptionalInt.of(4), OptionalInt.of(22), OptionalInt.of(23),
            Map.of(1, 17), OptionalInt.of(24), Duration.ofMillis(300));

    private final GpioBoard board = GpioBoard.simulated(PINS, Clock.systemUTC());
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final AtomicBoolean deviceDown = new AtomicBoolean();
    private GpioWiring wiring;

    @AfterEach
    void stop() {
        if (wiring != null) {
            wiring.close();
        }
        board.close();
    }

    private GpioWiring wire() {
        wiring = new GpioWiring(board.panel(), Runnable::run, new GpioWiring.Sink() {
            @Override
            public void personApproached() {
                heard.add("presence");
            }

            @Override
            public void helpPressed() {
                heard.add("help");
            }
        }, deviceDown::get);
        return wiring;
    }

    @Test
    void someoneApproachingAndTheHelpButtonReachTheShellOnceEach() {
        wire();

        board.sensePresence();
        board.pressHelpButton();
        board.pressCallButton(1);

        assertEquals(List.of("presence", "help"), heard, "the call button is the queue's, not the shell's");
    }

    @Test
    void theReadyLedIsLitWhileTheKioskRunsAndTheFaultLedFollowsTheDevices() {
        assertFalse(board.lit("ready-led"));
        wire();
        assertTrue(board.lit("ready-led"));
        wiring.refreshFaultLed();
        assertFalse(board.lit("fault-led"));

        deviceDown.set(true);
        wiring.refreshFaultLed();
        assertTrue(board.lit("fault-led"));
        deviceDown.set(false);
        wiring.refreshFaultLed();
        assertFalse(board.lit("fault-led"));

        wiring.close();
        wiring = null;
        assertFalse(board.lit("ready-led"), "dark when the kiosk has stopped");
    }
}
