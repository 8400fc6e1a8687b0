package org.xiangli.hal.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Clock;

/**
 * A Pi4J context and the kiosk's {@link GpioPanel} on it, owned together: made once at startup from the config
 * (simulated = Pi4J's mock plugin; hardware = its gpiod plugin) and shut down together.
 */
public final class GpioBoard implements AutoCloseable {

    private final Context pi4j;
    private final GpioPanel panel;
    private final boolean simulated;

    private GpioBoard(Context pi4j, GpioPins pins, Clock clock, boolean simulated) {
        this.pi4j = pi4j;
        this.simulated = simulated;
        try {
            this.panel = new GpioPanel(pi4j, pins, clock);
        } catch (RuntimeException e) {
            pi4j.shutdown();
            throw e;
        }
        if (simulated) {
            // A pulled-up button idles HIGH; the mock starts LOW, which would read as held down.
            pins.callButtons().keySet().forEach(w -> mock(GpioPanel.callButtonId(w)).mockState(DigitalState.HIGH));
            if (pins.helpButton().isPresent()) {
                mock("help").mockState(DigitalState.HIGH);
            }
        }
    }

    /** Pi4J's mock plugin: demo mode, training and tests; {@link #pressCallButton} plays a press. */
    public static GpioBoard simulated(GpioPins pins, Clock clock) {
        return new GpioBoard(Pi4J.newContextBuilder()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build(),
                pins, clock, true);
    }

    /**
     * The Pi's GPIO character device through Pi4J's gpiod providers, named explicitly: an auto context would also
     * find the mock plugin that ships for demo mode and could quietly bind the call buttons to pins nobody presses.
     * Off a Pi (no gpiochip, no native library for the processor) this throws, and the caller runs without GPIO.
     */
    public static GpioBoard hardware(GpioPins pins, Clock clock) {
        return new GpioBoard(Pi4J.newContextBuilder()
                .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance()).build(),
                pins, clock, false);
    }

    public GpioPanel panel() {
        return panel;
    }

    /**
     * Simulated boards only: the button of {@code window} goes down and up, as a finger would, through the mock
     * plugin's pins, so the press travels the same event path a real edge takes.
     */
    public void pressCallButton(int window) {
        if (!simulated) {
            throw new IllegalStateException("only a simulated board can press its own buttons");
        }
        MockDigitalInput button = mock(GpioPanel.callButtonId(window));
        button.mockState(DigitalState.LOW);
        button.mockState(DigitalState.HIGH);
    }

    /** Simulated boards only: the PIR sensor sees someone (HIGH) and then no one, as a person walking up would. */
    public void sensePresence() {
        requireSimulated();
        MockDigitalInput sensor = mock("presence");
        sensor.mockState(DigitalState.HIGH);
        sensor.mockState(DigitalState.LOW);
    }

    /** Simulated boards only: the help button goes down and up. */
    public void pressHelpButton() {
        requireSimulated();
        MockDigitalInput button = mock("help");
        button.mockState(DigitalState.LOW);
        button.mockState(DigitalState.HIGH);
    }

    /** Whether an LED ({@code ready-led}, {@code fault-led}) is lit: what a technician sees on the case. */
    public boolean lit(String led) {
        DigitalOutput output = pi4j.io(led);
        return output.isHigh();
    }

    private void requireSimulated() {
        if (!simulated) {
            throw new IllegalStateException("only a simulated board can play its own inputs");
        }
    }

    private MockDigitalInput mock(String id) {
        return pi4j.io(id);
    }

    @Override
    public void close() {
        panel.close();
        pi4j.shutdown();
    }
}
