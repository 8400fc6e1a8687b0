package org.xiangli.hal.gpio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.testing.Await;

/** GPIO through Pi4J's mock plugin: mockState fires the same events a real edge would. */
class GpioPanelTest {

    private static final GpioPins PINS = new GpioPins(OptionalInt.of(17), OptionalInt.of(22), OptionalInt.of(23),
            Map.of(1, 5, 2, 6), OptionalInt.of(13), Duration.ofMillis(200));

    private final MutableClock clock = new MutableClock();
    private final List<GpioEvent> events = new CopyOnWriteArrayList<>();
    private Context pi4j;
    private GpioPanel panel;

    @BeforeEach
    void start() {
        pi4j = Pi4J.newContextBuilder()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
        panel = new GpioPanel(pi4j, PINS, clock);
        panel.addListener(new DeviceListener<>() {
            @Override
            public void event(GpioEvent event) {
                events.add(event);
            }
        });
    }

    @AfterEach
    void stop() {
        panel.close();
        pi4j.shutdown();
    }

    /** The mock starts LOW; a pulled-up button idles HIGH, so tests release it first. */
    private MockDigitalInput input(String id) {
        return pi4j.io(id);
    }

    @Test
    void givenThePirSensor_whenSomeoneComesAndGoes_thenPresenceEventsFollow() {
        input("presence").mockState(DigitalState.HIGH);
        input("presence").mockState(DigitalState.LOW);

        Await.until("two presence events", () -> events.size() == 2);
        assertEquals(List.of(new GpioEvent.Presence(true), new GpioEvent.Presence(false)), events);
    }

    @Test
    void givenACallButton_whenItBouncesWithinTheDebounceTime_thenOnePressIsReported() {
        input("call-2").mockState(DigitalState.HIGH);
        input("call-2").mockState(DigitalState.LOW);
        input("call-2").mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(50));
        input("call-2").mockState(DigitalState.LOW);
        input("call-2").mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(300));
        input("call-2").mockState(DigitalState.LOW);

        Await.until("two presses", () -> events.size() == 2);
        assertEquals(List.of(new GpioEvent.CallButton(2), new GpioEvent.CallButton(2)), events);
    }

    @Test
    void givenTheHelpButton_whenPressed_thenAHelpEventIsReported() {
        input("help").mockState(DigitalState.HIGH);
        input("help").mockState(DigitalState.LOW);

        Await.until("help event", () -> events.size() == 1);
        assertEquals(new GpioEvent.HelpButton(), events.getFirst());
    }

    @Test
    void givenTheLeds_whenSet_thenTheOutputsFollow() {
        panel.setReady(true);
        panel.setFault(false);

        assertEquals(DigitalState.HIGH, pi4j.<DigitalOutput>io("ready-led").state());
        assertEquals(DigitalState.LOW, pi4j.<DigitalOutput>io("fault-led").state());
    }

    @Test
    void givenAPinUsedTwice_whenConfigured_thenItIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GpioPins(OptionalInt.of(17), OptionalInt.empty(),
                OptionalInt.empty(), Map.of(1, 17), OptionalInt.empty(), Duration.ZERO));
    }

    /** A clock the test moves by hand, so debounce is tested without waiting. */
    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
