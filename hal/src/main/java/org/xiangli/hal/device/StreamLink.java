package org.xiangli.hal.device;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A link over blocking Java streams: a TCP socket (network printers on port 9100) or a character device file
 * such as the USB printer class {@code /dev/usb/lp0}. A daemon thread pumps the input stream into a
 * {@link BytePipe} so that reads can time out and a close always ends them.
 */
public final class StreamLink implements Link {

    private final String name;
    private final OutputStream output;
    private final AutoCloseable resource;
    private final BytePipe incoming;
    private final boolean endOfStreamIsEnd;
    private volatile boolean closed;

    /**
     * @param endOfStreamIsEnd true for a socket, whose end of stream means the peer closed; false for a device file,
     *                         where a read of nothing (printers that never talk back) is not an unplug
     */
    private StreamLink(String name, InputStream input, OutputStream output, AutoCloseable resource,
            boolean endOfStreamIsEnd) {
        this.name = name;
        this.output = output;
        this.resource = resource;
        this.incoming = new BytePipe(name);
        this.endOfStreamIsEnd = endOfStreamIsEnd;
        Thread.ofPlatform().daemon().name("link-reader " + name).start(() -> pump(input));
    }

    /** A network printer, e.g. {@code tcp("192.168.1.50", 9100, Duration.ofSeconds(3))}. */
    public static LinkOpener tcp(String host, int port, Duration connectTimeout) {
        return () -> {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
                socket.setTcpNoDelay(true);
                return new StreamLink(host + ":" + port, socket.getInputStream(), socket.getOutputStream(), socket,
                        true);
            } catch (IOException e) {
                socket.close();
                throw new LinkClosedException("cannot connect to " + host + ":" + port, e);
            }
        };
    }

    /** A USB printer-class device file, read and written like a file (e.g. {@code /dev/usb/lp0}). */
    public static LinkOpener deviceFile(String path) {
        return () -> {
            try {
                FileOutputStream out = new FileOutputStream(path);
                FileInputStream in = new FileInputStream(path);
                return new StreamLink(path, in, out, () -> {
                    try (out; in) {
                        out.flush();
                    }
                }, false);
            } catch (IOException e) {
                throw new LinkClosedException("cannot open " + path, e);
            }
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        try {
            output.write(bytes);
            output.flush();
        } catch (IOException e) {
            close();
            throw new LinkClosedException("write failed on " + name, e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        return incoming.read(buffer, offset, length, timeout);
    }

    @Override
    public void discardInput() {
        incoming.discard();
    }

    @Override
    public void close() {
        closed = true;
        incoming.close();
        try {
            resource.close();
        } catch (Exception e) {
            System.getLogger(StreamLink.class.getName()).log(Level.DEBUG, "closing " + name + " failed", e);
        }
    }

    private void pump(InputStream input) {
        byte[] buffer = new byte[4096];
        try {
            while (!closed) {
                int count = input.read(buffer);
                if (count > 0) {
                    incoming.write(buffer, 0, count);
                } else if (count < 0 && endOfStreamIsEnd) {
                    break;
                } else if (count < 0) {
                    // Nothing to read from the device file now; an unplug shows as an IOException instead.
                    LockSupport.parkNanos(20_000_000);
                }
            }
        } catch (IOException e) {
            System.getLogger(StreamLink.class.getName()).log(Level.DEBUG, name + " input ended: " + e.getMessage());
        } finally {
            incoming.close();
        }
    }
}
