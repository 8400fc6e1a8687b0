package org.xiangli.hal.scanner;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import org.xiangli.hal.device.LinkClosedException;
import org.xiangli.hal.device.Posix;

/**
 * A Linux input device node opened through the C library with Java's foreign function API, because plain Java
 * cannot issue the {@code EVIOCGRAB} ioctl that keeps a keyboard-mode scanner's keys away from the UI, and a
 * blocking {@link java.io.FileInputStream} read could not be ended by {@link #close()}. Reads wait in
 * {@code poll(2)} with a timeout. Needs {@code --enable-native-access=ALL-UNNAMED} (set in kioskctl's manifest).
 */
public final class LinuxInputDevice implements AutoCloseable {

    /** {@code _IOW('E', 0x90, int)}. */
    private static final long EVIOCGRAB = 0x40044590L;

    private final String path;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment errno = Posix.errnoState(arena);
    private final MemorySegment pollFd = arena.allocate(Posix.POLLFD_SIZE);
    private final MemorySegment buffer = arena.allocate(24 * 64);
    private final int fd;
    private final boolean grabbed;
    private volatile boolean closed;

    private LinuxInputDevice(String path, int fd, boolean grabbed) {
        this.path = path;
        this.fd = fd;
        this.grabbed = grabbed;
    }

    /**
     * Opens the device and tries to grab it.
     *
     * @throws LinkClosedException when the node cannot be opened (missing, or no permission: add the kiosk user to
     *                             the {@code input} group)
     */
    public static LinuxInputDevice open(String path, boolean grab) throws IOException {
        try (Arena call = Arena.ofConfined()) {
            MemorySegment state = Posix.errnoState(call);
            int fd = Posix.open(state, path, Posix.O_RDONLY | Posix.O_NONBLOCK | Posix.O_CLOEXEC);
            if (fd < 0) {
                throw new LinkClosedException("cannot open " + path + ": errno " + Posix.errno(state));
            }
            boolean grabbed = grab && Posix.ioctl(state, fd, EVIOCGRAB, 1) == 0;
            if (grab && !grabbed) {
                System.getLogger(LinuxInputDevice.class.getName()).log(System.Logger.Level.WARNING,
                        "{0}: EVIOCGRAB failed (errno {1}): scanned keys also reach the UI", path, Posix.errno(state));
            }
            return new LinuxInputDevice(path, fd, grabbed);
        }
    }

    /** Whether the keys are ours alone; false for a node that cannot be grabbed (or a FIFO in tests). */
    public boolean grabbed() {
        return grabbed;
    }

    public String path() {
        return path;
    }

    /**
     * Reads what is there, waiting up to {@code timeout}; 0 bytes on timeout.
     *
     * @throws LinkClosedException when the device went away (unplugged) or was closed
     */
    public synchronized int read(byte[] into, Duration timeout) throws IOException {
        if (closed) {
            throw new LinkClosedException(path + " is closed");
        }
        int ready = Posix.pollOne(errno, pollFd, fd, Posix.POLLIN, (int) Math.max(0, timeout.toMillis()));
        if (ready == 0 || (ready < 0 && Posix.errno(errno) == Posix.EINTR)) {
            return 0;
        }
        long count = Posix.read(errno, fd, buffer, Math.min(into.length, buffer.byteSize()));
        if (count > 0) {
            MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, into, 0, (int) count);
            return (int) count;
        }
        if (count < 0 && Posix.errno(errno) == Posix.EAGAIN) {
            return 0;
        }
        // 0 bytes after POLLIN (end of file) or ENODEV: the device is gone.
        throw new LinkClosedException(path + " went away");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (this) {
            try {
                if (Posix.close(fd) != 0) {
                    System.getLogger(LinuxInputDevice.class.getName())
                            .log(System.Logger.Level.DEBUG, "close({0}) failed for {1}", fd, path);
                }
            } finally {
                arena.close();
            }
        }
    }
}
