package org.xiangli.hal.scanner;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.SerialLink;

/**
 * A QR/barcode scanner, however it is attached: {@link SerialScanner} (USB CDC serial mode, one code per line) or
 * {@link EvdevScanner} (USB HID keyboard mode, read from {@code /dev/input/event*}). The kiosk and kioskctl hold this
 * type; which driver runs is decided once, from the configured port, by {@link #forPort}.
 *
 * <p>Threading: every method may be called from any thread. The driver reads on its own thread,
 * begun by {@link #start()}; listeners are called on that thread, one at a time, and must hand UI work to the UI
 * thread themselves. An unplugged scanner is not an error to the caller: its status goes offline with the reason
 * and the driver reopens the port with backoff, until {@link #close()}.
 *
 * <p>Time: nothing but {@link #close()} blocks. {@link #nextCode(Duration)} fails with a
 * {@link java.util.concurrent.TimeoutException} after the given time, and cancelling it stops waiting.
 *
 * <p>{@link #close()} closes the port, so no read outlives it (drivers read in slices of a quarter second), and
 * waits up to two seconds for the reading thread to end. Listeners hear one last status,
 * {@link org.xiangli.hal.device.StatusReason#STOPPED}, during the close and nothing after it; a pending
 * {@code nextCode} still ends with its timeout. A closed scanner does not start again.
 */
public interface CodeScanner extends AutoCloseable {

    /** Input nodes are keyboard-mode scanners; every other path is a serial port. */
    String INPUT_DEVICES = "/dev/input/";

    /**
     * The driver for {@code port}, not started: {@link EvdevScanner} for {@code /dev/input/event*}, else
     * {@link SerialScanner} at {@code baud} (USB CDC scanners ignore the speed, but opening the port needs one).
     */
    static CodeScanner forPort(String port, int baud, Backoff backoff) {
        return port.startsWith(INPUT_DEVICES) ? new EvdevScanner(port, backoff)
                : new SerialScanner(port, SerialLink.opener(port, baud), backoff);
    }

    /** Starts reading on the scanner's own thread; returns at once. Calling it again does nothing. */
    void start();

    /** The status now: online, or offline with the reason (not connected, connection lost, stopped). */
    DeviceStatus status();

    /** Hears status changes and, as events, every code scanned. */
    void addListener(DeviceListener<ScannedCode> listener);

    void removeListener(DeviceListener<ScannedCode> listener);

    /** The next code scanned; fails with a TimeoutException after {@code timeout}, or when cancelled. */
    CompletableFuture<ScannedCode> nextCode(Duration timeout);

    /** Stops reading and closes the port; see the class comment for what holds afterwards. */
    @Override
    void close();
}
