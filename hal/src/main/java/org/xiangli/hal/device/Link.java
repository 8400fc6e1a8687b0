package org.xiangli.hal.device;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * A byte pipe to a device: a serial port, a USB printer file, a TCP socket, or an in-process pipe to a simulator.
 * Protocols are written against this so that the transport stays a detail.
 *
 * <p>Threading: one reader and one writer at a time. {@link #close()} may be called from any thread and makes a
 * pending read end promptly with {@link LinkClosedException}: no read outlives a closed link.
 */
public interface Link extends Closeable {

    /** A name for logs: the port path or address. */
    String name();

    /** Writes all bytes or throws; {@link LinkClosedException} when the device went away. */
    void write(byte[] bytes) throws IOException;

    /**
     * Reads at least one and at most {@code length} bytes, waiting up to {@code timeout}.
     *
     * @return the number of bytes read, 0 when the timeout passed with nothing to read
     * @throws LinkClosedException when the link was closed or the device went away (unplugged)
     * @throws java.io.InterruptedIOException when the reading thread was interrupted (a cancelled command)
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException;

    /** Drops whatever arrived and was not read yet (stale replies from before a timeout). */
    void discardInput() throws IOException;

    @Override
    void close();

    /** Reads exactly {@code length} bytes before the deadline or throws {@link java.util.concurrent.TimeoutException}. */
    default byte[] readExactly(int length, Deadline deadline) throws IOException, TimeoutException {
        byte[] buffer = new byte[length];
        int filled = 0;
        while (filled < length) {
            deadline.check("reading " + length + " bytes from " + name());
            filled += read(buffer, filled, length - filled, deadline.remaining());
        }
        return buffer;
    }
}
