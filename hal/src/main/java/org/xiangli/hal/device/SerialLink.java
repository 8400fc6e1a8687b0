package org.xiangli.hal.device;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A serial port (or pseudo-terminal), 8N1, raw, no flow control, opened and read through the C library
 * ({@link Posix}).
 *
 * <p>Not jssc (used up to stop 16): its native read loops until it has every byte it was asked for and takes a hung-up
 * line's 0-byte read for "nothing yet", so a port unplugged between counting the waiting bytes and reading them kept
 * one core spinning and the device thread stuck for good; replugging a simulated reader got stuck within 45 replugs in
 * each of two runs. Here reads wait in {@code poll(2)} in short slices: a hang-up, an error or end of file ends the
 * read with {@link LinkClosedException}, {@link #close()} wakes the wait through an eventfd, and between slices the
 * link checks that its path still leads to the device it opened (a USB adapter's node disappears when unplugged, a
 * socat pty link is removed or re-pointed when socat restarts, and a new pty may reuse the old one's number).
 */
public final class SerialLink implements Link {

    /** How long one wait in poll lasts: bounds how late an interrupt or an unplugged path is seen. */
    private static final int SLICE_MILLIS = 100;
    /** A port that takes no byte for this long is taken as gone (a peer that stopped reading, a wedged adapter). */
    private static final long WRITE_STALL_NANOS = Duration.ofSeconds(10).toNanos();
    private static final int TCSANOW = 0;
    private static final int TCIFLUSH = 0;
    private static final long TIOCEXCL = 0x540C;
    private static final int READ_CHUNK = 4096;

    private final Path path;
    private final Path openedTarget;
    private final int fd;
    /** An eventfd that close() writes to, so that a read or write waiting in poll ends at once, not a slice later. */
    private final int wakeFd;
    private final Arena arena = Arena.ofShared();
    // The reader and the writer each have their own errno and poll record: the Link contract allows one of each.
    private final MemorySegment readErrno = Posix.errnoState(arena);
    private final MemorySegment readPoll = arena.allocate(2 * Posix.POLLFD_SIZE);
    private final MemorySegment readBuffer = arena.allocate(READ_CHUNK);
    private final MemorySegment writeErrno = Posix.errnoState(arena);
    private final MemorySegment writePoll = arena.allocate(2 * Posix.POLLFD_SIZE);
    /** Shared by each slice of a read or write, exclusive for close: the fd is never closed under a native call. */
    private final ReentrantReadWriteLock inUse = new ReentrantReadWriteLock();
    /** Set once: the first close() closes the fds, so a second never closes a number another file reuses. */
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private SerialLink(Path path, Path openedTarget, int fd, int wakeFd) {
        this.path = path;
        this.openedTarget = openedTarget;
        this.fd = fd;
        this.wakeFd = wakeFd;
    }

    /** A {@link LinkOpener} for the port at {@code path}, e.g. {@code /dev/ttyUSB0}. */
    public static LinkOpener opener(String path, int baud) {
        return () -> open(path, baud);
    }

    /**
     * Opens the port for this process alone and sets it to {@code baud}, 8N1, raw.
     *
     * @throws LinkClosedException when the port is missing, busy, not ours to open, or not a serial port
     * @throws IllegalArgumentException when {@code baud} is not a standard rate
     */
    public static SerialLink open(String path, int baud) throws IOException {
        int speed = Termios.speedCode(baud);
        Path file = Path.of(path);
        if (!Files.exists(file)) {
            throw new LinkClosedException("no such port: " + path);
        }
        Path target = file.toRealPath();
        try (Arena call = Arena.ofConfined()) {
            MemorySegment errno = Posix.errnoState(call);
            int fd = Posix.open(errno, path, Posix.O_RDWR | Posix.O_NOCTTY | Posix.O_NONBLOCK | Posix.O_CLOEXEC);
            if (fd < 0) {
                throw new LinkClosedException("cannot open " + path + ": " + openProblem(Posix.errno(errno)));
            }
            try {
                configure(call, errno, fd, path, speed);
                int wakeFd = Posix.eventfd(errno);
                if (wakeFd < 0) {
                    throw new LinkClosedException("cannot open " + path + ": eventfd errno " + Posix.errno(errno));
                }
                return new SerialLink(file, target, fd, wakeFd);
            } catch (IOException | RuntimeException e) {
                Posix.close(fd);
                throw e;
            }
        }
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            ensureOpen();
            return;
        }
        try (Arena call = Arena.ofConfined()) {
            MemorySegment from = call.allocate(bytes.length);
            MemorySegment.copy(bytes, 0, from, ValueLayout.JAVA_BYTE, 0, bytes.length);
            long written = 0;
            long stalledSince = System.nanoTime();
            while (written < bytes.length) {
                long count = writeSome(from.asSlice(written), bytes.length - written);
                if (count > 0) {
                    written += count;
                    stalledSince = System.nanoTime();
                } else if (System.nanoTime() - stalledSince > WRITE_STALL_NANOS) {
                    throw new LinkClosedException(path + " took no data for 10 s");
                }
                checkInterrupt("write to ");
            }
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        if (length == 0) {
            return 0;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            int slice = (int) Math.max(0, Math.min(SLICE_MILLIS, (left + 999_999) / 1_000_000));
            int count = readSlice(buffer, offset, length, slice);
            if (count > 0) {
                return count;
            }
            ensureOpen();
            checkInterrupt("read from ");
            if (deadline - System.nanoTime() <= 0) {
                return 0;
            }
            ensureStillPlugged();
        }
    }

    @Override
    public void discardInput() throws IOException {
        inUse.readLock().lock();
        try {
            ensureOpen();
            if (Posix.tcflush(readErrno, fd, TCIFLUSH) != 0) {
                throw new LinkClosedException(path + " went away (errno " + Posix.errno(readErrno) + ")");
            }
        } finally {
            inUse.readLock().unlock();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (Arena call = Arena.ofConfined()) {
            MemorySegment one = call.allocate(ValueLayout.JAVA_LONG);
            one.set(ValueLayout.JAVA_LONG, 0, 1L);
            Posix.write(Posix.errnoState(call), wakeFd, one, Long.BYTES);
        }
        // Waits for a call under way, woken above, so that no poll or read runs on a closed (perhaps reused) fd.
        inUse.writeLock().lock();
        try {
            // Both are closed whatever the first gives.
            if (Posix.close(fd) != 0 | Posix.close(wakeFd) != 0) {
                System.getLogger(SerialLink.class.getName())
                        .log(System.Logger.Level.DEBUG, "closing {0} failed", path);
            }
        } finally {
            arena.close();
            inUse.writeLock().unlock();
        }
    }

    /** One wait of at most {@code sliceMillis}: the bytes read, or 0 when none came. */
    private int readSlice(byte[] buffer, int offset, int length, int sliceMillis) throws LinkClosedException {
        inUse.readLock().lock();
        try {
            ensureOpen();
            int events = Posix.pollOneOrWake(readErrno, readPoll, fd, Posix.POLLIN, wakeFd, sliceMillis);
            if (events == 0 || (events < 0 && Posix.errno(readErrno) == Posix.EINTR)) {
                return 0;
            }
            if (events < 0 || (events & Posix.POLLNVAL) != 0) {
                throw new LinkClosedException(path + " went away (poll errno " + Posix.errno(readErrno) + ")");
            }
            long count = Posix.read(readErrno, fd, readBuffer, Math.min(length, READ_CHUNK));
            if (count > 0) {
                MemorySegment.copy(readBuffer, ValueLayout.JAVA_BYTE, 0, buffer, offset, (int) count);
                return (int) count;
            }
            if (count < 0 && (Posix.errno(readErrno) == Posix.EAGAIN || Posix.errno(readErrno) == Posix.EINTR)) {
                return 0;
            }
            // Ready yet nothing to read: end of file (a hung-up line) or EIO (its far end closed).
            throw new LinkClosedException(path + " went away" + (count < 0 ? " (errno " + Posix.errno(readErrno) + ")"
                    : " (hung up)"));
        } finally {
            inUse.readLock().unlock();
        }
    }

    /** Writes what the port takes now, or waits a slice for room: the bytes written, 0 when it took none. */
    private long writeSome(MemorySegment from, long length) throws LinkClosedException {
        inUse.readLock().lock();
        try {
            ensureOpen();
            long count = Posix.write(writeErrno, fd, from, length);
            if (count >= 0) {
                return count;
            }
            int errno = Posix.errno(writeErrno);
            if (errno == Posix.EINTR) {
                return 0;
            }
            if (errno != Posix.EAGAIN) {
                throw new LinkClosedException("write failed on " + path + " (errno " + errno + ")");
            }
            int events = Posix.pollOneOrWake(writeErrno, writePoll, fd, Posix.POLLOUT, wakeFd, SLICE_MILLIS);
            if (events > 0 && (events & (Posix.POLLERR | Posix.POLLHUP | Posix.POLLNVAL)) != 0) {
                throw new LinkClosedException(path + " went away while writing");
            }
            return 0;
        } finally {
            inUse.readLock().unlock();
        }
    }

    private static void configure(Arena call, MemorySegment errno, int fd, String path, int speed)
            throws LinkClosedException {
        // Exclusive use, as a second program talking to the same reader would garble both conversations.
        if (Posix.ioctl(errno, fd, TIOCEXCL, 0) != 0 && Posix.errno(errno) == Posix.ENOTTY) {
            throw new LinkClosedException(path + " is not a serial port");
        }
        MemorySegment termios = call.allocate(Termios.SIZE);
        if (Posix.tcgetattr(errno, fd, termios) != 0) {
            throw new LinkClosedException(path + " is not a serial port (errno " + Posix.errno(errno) + ")");
        }
        Termios.makeRaw8N1(termios);
        if (Posix.cfsetspeed(errno, termios, speed) != 0 || Posix.tcsetattr(errno, fd, TCSANOW, termios) != 0) {
            throw new LinkClosedException("cannot set up " + path + " (errno " + Posix.errno(errno) + ")");
        }
    }

    private static String openProblem(int errno) {
        return switch (errno) {
            case Posix.ENOENT -> "no such port";
            case Posix.EACCES -> "permission denied (the kiosk user must be in the dialout group)";
            case Posix.EBUSY -> "in use by another program";
            default -> "errno " + errno;
        };
    }

    private void checkInterrupt(String doing) throws InterruptedIOException {
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(doing + path + " interrupted");
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
        if (closed.get()) {
            throw new LinkClosedException(path + " is closed");
        }
    }
}
