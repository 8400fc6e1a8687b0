package org.xiangli.kiosk.devices;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.gpio.GpioEvent;
import org.xiangli.hal.gpio.GpioPanel;

/**
 * The kiosk's own GPIO parts (hardware.md: "PIR presence sensor (wake the screen, leave the attract loop), status
 * LEDs (ready/fault), a help button"): someone approaching and the help button reach the shell on the UI thread;
 * the ready LED is lit while this runs, the fault LED while {@code deviceDown} says a configured device is not
 * working, so a technician walking in sees it before touching anything. Call buttons are the queue's.
 *
 * <p>The fault LED follows the devices when {@link #refreshFaultLed()} is called: {@link DeviceSet} calls it every
 * {@link #FAULT_CHECK} on its timer.
 */
public final class GpioWiring implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GpioWiring.class.getName());
    static final Duration FAULT_CHECK = Duration.ofSeconds(5);

    /** Where the panel's events land: the shell. */
    public interface Sink {
        void personApproached();

        void helpPressed();
    }

    private final GpioPanel panel;
    private final DeviceListener<GpioEvent> listener;
    private final BooleanSupplier deviceDown;

    public GpioWiring(GpioPanel panel, Executor ui, Sink sink, BooleanSupplier deviceDown) {
        this.panel = panel;
        this.deviceDown = deviceDown;
        this.listener = new DeviceListener<>() {
            @Override
            public void event(GpioEvent event) {
                switch (event) {
                    case GpioEvent.Presence p when p.present() -> ui.execute(sink::personApproached);
                    case GpioEvent.HelpButton h -> ui.execute(sink::helpPressed);
                    default -> { }
                }
            }
        };
        panel.addListener(listener);
        panel.setReady(true);
    }

    /** Lights the fault LED if a device is down now, puts it out if none is. Any thread. */
    public void refreshFaultLed() {
        try {
            panel.setFault(deviceDown.getAsBoolean());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "fault LED not updated: {0}", e.toString());
        }
    }

    @Override
    public void close() {
        panel.removeListener(listener);
        panel.setReady(false);
        panel.setFault(false);
    }
}
