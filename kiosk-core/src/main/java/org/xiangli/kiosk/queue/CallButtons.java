package org.xiangli.kiosk.queue;

import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.gpio.GpioEvent;
import org.xiangli.hal.gpio.GpioPanel;

/**
 * The physical call button at each window: a press is "call next" for that window, exactly as the console's button,
 * so the call is recorded, announced and shown on every display the same way.
 *
 * <p>Pi4J delivers edges on its own event thread, which must not wait for the database's fsync; presses go to
 * {@code worker}, one background thread of the composition root's, in the order they came. What a press does
 * when the window cannot call:
 * <ul>
 *   <li>nobody logged in at the window's console: it calls anyway — the button is the staff's, and many stations
 *       work with buttons alone, no PC at the desk;</li>
 *   <li>the window is paused: nothing (logged) — staff paused it because nobody is there to serve, and a villager
 *       leaning on the button must not call tickets to an empty desk; resuming is done on the console;</li>
 *   <li>nobody waits: the window's current ticket counts as finished, as on the console, and nothing is called;</li>
 *   <li>no service is served at that window (unknown or disabled): nothing (logged) — a wiring or config slip.</li>
 * </ul>
 */
public final class CallButtons implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CallButtons.class.getName());

    private final QueueService queue;
    private final GpioPanel panel;
    private final Executor worker;
    private final DeviceListener<GpioEvent> listener = new DeviceListener<>() {
        @Override
        public void event(GpioEvent event) {
            if (event instanceof GpioEvent.CallButton(int window)) {
                try {
                    worker.execute(() -> press(window));
                } catch (RejectedExecutionException e) {
                    LOG.log(Level.DEBUG, "call button {0} pressed while shutting down", window);
                }
            }
        }
    };

    /** {@code worker}: one thread that runs the presses in order (the composition root's). */
    public CallButtons(QueueService queue, GpioPanel panel, Executor worker) {
        this.worker = worker;
        this.queue = queue;
        this.panel = panel;
        panel.addListener(listener);
    }

    private void press(int window) {
        try {
            Optional<Call> call = queue.callNext(window);
            LOG.log(Level.INFO, "call button, window {0}: {1}", window,
                    call.map(Call::ticket).orElse("nobody waiting"));
        } catch (QueueException e) {
            LOG.log(Level.INFO, "call button, window {0}: not called ({1})", window, e.getMessage());
        } catch (RuntimeException e) {
            // The button must keep working after a database hiccup; the next press tries again.
            LOG.log(Level.WARNING, "call button, window " + window + ": failed", e);
        }
    }

    @Override
    public void close() {
        panel.removeListener(listener);
    }
}
