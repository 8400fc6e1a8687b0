package org.xiangli.hal.device;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import jssc.SerialPort;
import jssc.SerialPortException;

/**
 * A serial port (or pseudo-terminal) through jssc, 8N1, no flow control.
 *
 * <p>jssc's blocking reads can loop forever after an unplug (jssc #94) and its event listener dies after a replug
 * (#116), so this class never blocks in jssc: it polls the input buffer count in short naps, and while idle it checks
 * that the port's path still leads to the device it opened — a USB adapter's node disappears when unplugged and a
 * socat pty link is removed or re-pointed when socat restarts.
 */
public final class SerialLink implements Link {

    // Naps stay short while a reply is due (the first 20 ms of a wait) and then grow while the line is idle (a
    // scanner waits all day), so polling costs little CPU on a Pi without delaying replies.
    private static final long SHORTEST_NAP_NANOS = 200_000;
    private static final long LONGEST_NAP_NANOS = 5_000_000;
    private static final long EAGER_NANOS = 20_000_000;
    private static final long PATH_CHECK_NANOS = 100_000_000;

    private final SerialPort port;
    private final Path path;
    private final Path openedTarget;
    private volatile boolean closed;

    private SerialLink(SerialPort port, Path path, Path openedTarget) {
        this.port = port;
        this.path = path;
        this.openedTarget = openedTarget;
    }

    /** A {@link LinkOpener} for the port at {@code path}, e.g. {@code /dev/ttyUSB0}. */
    public static LinkOpener opener(String path, int baud) {
        return () -> open(path, baud);
    }

    public static SerialLink open(String path, int baud) throws IOException {
        Path file = Path.of(path);
        if (!Files.exists(file)) {
            throw new LinkClosedException("no such port: " + path);
        }
        Path target = file.toRealPath();
        SerialPort port = new SerialPort(path);
        try {
            port.openPort();
            port.setParams(baud, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
            port.setFlowControlMode(SerialPort.FLOWCONTROL_NONE);
            return new SerialLink(port, file, target);
        } catch (SerialPortException e) {
            closeQuietly(port);
            throw new LinkClosedException("cannot open " + path + ": " + e.getExceptionType(), e);
        }
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        ensureOpen();
        try {
            if (!port.writeBytes(bytes)) {
                throw new LinkClosedException("write failed on " + path);
            }
        } catch (SerialPortException e) {
            throw new LinkClosedException("write failed on " + path + ": " + e.getExceptionType(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextPathCheck = System.nanoTime() + PATH_CHECK_NANOS;
        long nap = SHORTEST_NAP_NANOS;
        long eagerUntil = System.nanoTime() + EAGER_NANOS;
        while (true) {
            ensureOpen();
            int available = available();
            if (available > 0) {
                return take(buffer, offset, Math.min(length, available));
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                return 0;
            }
            if (now - nextPathCheck >= 0) {
                ensureStillPlugged();
                nextPathCheck = now + PATH_CHECK_NANOS;
            }
            LockSupport.parkNanos(Math.min(nap, deadline - now));
            if (now - eagerUntil > 0) {
                nap = Math.min(nap * 2, LONGEST_NAP_NANOS);
            }
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("read from " + path + " interrupted");
            }
        }
    }

    @Override
    public void discardInput() throws IOException {
        ensureOpen();
        try {
            int available = available();
            if (available > 0) {
                port.readBytes(available);
            }
        } catch (SerialPortException e) {
            throw new LinkClosedException("discard failed on " + path, e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeQuietly(port);
        }
    }

    private int available() throws LinkClosedException {
        try {
            int count = port.getInputBufferBytesCount();
            if (count < 0) {
                throw new LinkClosedException(path + " went away");
            }
            return count;
        } catch (SerialPortException e) {
            throw new LinkClosedException(path + " went away", e);
        }
    }

    private int take(byte[] buffer, int offset, int count) throws LinkClosedException {
        try {
            byte[] bytes = port.readBytes(count);
            if (bytes == null) {
                throw new LinkClosedException("read failed on " + path);
            }
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            return bytes.length;
        } catch (SerialPortException e) {
            throw new LinkClosedException("read failed on " + path, e);
        }
    }

    private void ensureStillPlugged() throws LinkClosedException {
        try {
            if (!Files.exists(path) || !path.toRealPath().equals(openedTarget)) {
                throw new LinkClosedException(path + " was unplugged");
            }
        } catch (IOException e) {
            throw new LinkClosedException(path + " was unplugged", e);
        }
    }

    private void ensureOpen() throws LinkClosedException {
        if (closed) {
            throw new LinkClosedException(path + " is closed");
        }
    }

    private static void closeQuietly(SerialPort port) {
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException e) {
            // Closing a port whose device is gone fails by nature; the port is unusable either way.
            System.getLogger(SerialLink.class.getName())
                    .log(System.Logger.Level.DEBUG, "closing " + port.getPortName() + " failed", e);
        }
    }
}
