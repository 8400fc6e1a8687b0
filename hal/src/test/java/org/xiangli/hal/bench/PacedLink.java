package org.xiangli.hal.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import org.xiangli.hal.device.Link;

/**
 * A link whose writes take the time a UART needs at a baud rate (10 bits a byte, 8N1), in 16-byte slices so the
 * far end can start reading early as on a real wire. A pty delivers instantly; this puts the wire back.
 */
final class PacedLink implements Link {

    private static final int SLICE = 16;

    private final Link inner;
    private final long nanosPerByte;

    PacedLink(Link inner, int baud) {
        this.inner = inner;
        this.nanosPerByte = 10L * 1_000_000_000L / baud;
    }

    @Override
    public String name() {
        return inner.name() + " (paced)";
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        long due = System.nanoTime();
        for (int at = 0; at < bytes.length; at += SLICE) {
            int end = Math.min(bytes.length, at + SLICE);
            due += (end - at) * nanosPerByte;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inner.write(Arrays.copyOfRange(bytes, at, end));
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        return inner.read(buffer, offset, length, timeout);
    }

    @Override
    public void discardInput() throws IOException {
        inner.discardInput();
    }

    @Override
    public void close() {
        inner.close();
    }
}
