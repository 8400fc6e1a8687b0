package org.xiangli.hal.device;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * A bounded-wait byte queue from one writer to one reader. Once closed, the reader gets what is left and then
 * {@link LinkClosedException}, like a serial port whose device went away.
 */
final class BytePipe {

    private byte[] data = new byte[4096];
    private int head;
    private int tail;
    private boolean closed;
    private final String name;

    BytePipe(String name) {
        this.name = name;
    }

    synchronized void write(byte[] bytes, int offset, int length) throws LinkClosedException {
        if (closed) {
            throw new LinkClosedException(name + " is closed");
        }
        if (tail + length > data.length) {
            compactFor(length);
        }
        System.arraycopy(bytes, offset, data, tail, length);
        tail += length;
        notifyAll();
    }

    synchronized int read(byte[] buffer, int offset, int length, Duration timeout)
            throws LinkClosedException, InterruptedIOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (head == tail) {
            if (closed) {
                throw new LinkClosedException(name + " is closed");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            try {
                wait(Math.max(1, left / 1_000_000), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("read from " + name + " interrupted");
            }
        }
        int count = Math.min(length, tail - head);
        System.arraycopy(data, head, buffer, offset, count);
        head += count;
        return count;
    }

    synchronized void discard() {
        head = tail;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void compactFor(int length) {
        int size = tail - head;
        byte[] target = size + length > data.length ? new byte[Math.max(data.length * 2, size + length)] : data;
        System.arraycopy(data, head, target, 0, size);
        if (target == data) {
            Arrays.fill(data, size, data.length, (byte) 0);
        }
        data = target;
        head = 0;
        tail = size;
    }
}
