package org.xiangli.hal.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceNotifier;
import org.xiangli.hal.device.DeviceStatus;

/**
 * The kiosk's GPIO: a PIR presence sensor, the ready and fault LEDs, window call buttons and a help button, on a
 * Pi4J context made at startup (gpiod/linuxfs plugins on a Pi, the mock plugin in demo mode and tests). Buttons are
 * wired to ground with the internal pull-up: a press reads LOW. Listeners are called on Pi4J's event thread.
 */
public final class GpioPanel implements AutoCloseable {

    private final Context pi4j;
    private final GpioPins pins;
    private final Clock clock;
    private final DeviceNotifier<GpioEvent> notifier;
    private final Map<Integer, Instant> lastPress = new HashMap<>();
    private final Optional<DigitalOutput> readyLed;
    private final Optional<DigitalOutput> faultLed;

    public GpioPanel(Context pi4j, GpioPins pins, Clock clock) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.pins = Objects.requireNonNull(pins, "pins");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notifier = new DeviceNotifier<>("gpio", DeviceStatus.online());
        pins.presenceSensor().ifPresent(pin -> input("presence", pin, PullResistance.PULL_DOWN,
                state -> notifier.fire(new GpioEvent.Presence(state == DigitalState.HIGH))));
        pins.callButtons().forEach((window, pin) -> input(callButtonId(window), pin, PullResistance.PULL_UP,
                state -> pressed(pin, state, new GpioEvent.CallButton(window))));
        pins.helpButton().ifPresent(pin -> input("help", pin, PullResistance.PULL_UP,
                state -> pressed(pin, state, new GpioEvent.HelpButton())));
        this.readyLed = output("ready-led", pins.readyLed());
        this.faultLed = output("fault-led", pins.faultLed());
    }

    /** The Pi4J id of a window's call button input ({@code call-N}). */
    public static String callButtonId(int window) {
        return "call-" + window;
    }

    public DeviceStatus status() {
        return notifier.status();
    }

    public void addListener(DeviceListener<GpioEvent> listener) {
        notifier.addListener(listener);
    }

    public void removeListener(DeviceListener<GpioEvent> listener) {
        notifier.removeListener(listener);
    }

    public void setReady(boolean on) {
        readyLed.ifPresent(led -> led.state(on ? DigitalState.HIGH : DigitalState.LOW));
    }

    public void setFault(boolean on) {
        faultLed.ifPresent(led -> led.state(on ? DigitalState.HIGH : DigitalState.LOW));
    }

    /** Turns the LEDs off; the Pi4J context belongs to whoever made it and is not shut down here. */
    @Override
    public void close() {
        setReady(false);
        setFault(false);
    }

    private void input(String id, int pin, PullResistance pull, Consumer<DigitalState> onChange) {
        DigitalInput input = pi4j.create(DigitalInput.newConfigBuilder(pi4j).id(id).name(id).address(pin).pull(pull)
                .debounce(pins.debounce().toNanos() / 1000));
        input.addListener(event -> onChange.accept(event.state()));
    }

    private Optional<DigitalOutput> output(String id, OptionalInt pin) {
        if (pin.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id(id).name(id).address(pin.getAsInt())
                .initial(DigitalState.LOW).shutdown(DigitalState.LOW)));
    }

    /** A press is the falling edge; a second press within the debounce time is the same press bouncing. */
    private synchronized void pressed(int pin, DigitalState state, GpioEvent event) {
        if (state != DigitalState.LOW) {
            return;
        }
        Instant now = clock.instant();
        Instant previous = lastPress.get(pin);
        if (previous != null && now.isBefore(previous.plus(pins.debounce()))) {
            return;
        }
        lastPress.put(pin, now);
        notifier.fire(event);
    }
}
