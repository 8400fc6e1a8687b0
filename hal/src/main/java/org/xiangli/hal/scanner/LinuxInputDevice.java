package org.xiangli.hal.scanner;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import org.xiangli.hal.device.LinkClosedException;

/**
 * A Linux input device node opened through the C library with Java's foreign function API, because plain Java
 * cannot issue the {@code EVIOCGRAB} ioctl that keeps a keyboard-mode scanner's keys away from the UI, and a
 * blocking {@link java.io.FileInputStream} read could not be ended by {@link #close()}. Reads wait in
 * {@code poll(2)} with a timeout. Needs {@code --enable-native-access=ALL-UNNAMED} (set in kioskctl's manifest).
 */
public final class LinuxInputDevice implements AutoCloseable {

    /** {@code _IOW('E', 0x90, int)}. */
    private static final long EVIOCGRAB = 0x40044590L;
    private static final int O_RDONLY_NONBLOCK_CLOEXEC = 0x800 | 0x80000;
    private static final short POLLIN = 0x1;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout ERRNO_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = ERRNO_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
    private static final MethodHandle OPEN = handle("open",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), CAPTURE);
    private static final MethodHandle IOCTL = handle("ioctl",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT), CAPTURE, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle POLL = handle("poll",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT), CAPTURE);
    private static final MethodHandle READ = handle("read",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                    ValueLayout.JAVA_LONG), CAPTURE);
    private static final MethodHandle CLOSE = handle("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private final String path;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment errno = arena.allocate(ERRNO_STATE);
    private final MemorySegment pollFd = arena.allocate(8);
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
            MemorySegment state = call.allocate(ERRNO_STATE);
            int fd = (int) OPEN.invokeExact(state, call.allocateFrom(path), O_RDONLY_NONBLOCK_CLOEXEC);
            if (fd < 0) {
                throw new LinkClosedException("cannot open " + path + ": errno " + (int) ERRNO.get(state, 0L));
            }
            boolean grabbed = grab && (int) IOCTL.invokeExact(state, fd, EVIOCGRAB, 1) == 0;
            if (grab && !grabbed) {
                System.getLogger(LinuxInputDevice.class.getName()).log(System.Logger.Level.WARNING,
                        "{0}: EVIOCGRAB failed (errno {1}): scanned keys also reach the UI",
                        path, (int) ERRNO.get(state, 0L));
            }
            return new LinuxInputDevice(path, fd, grabbed);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("native call failed for " + path, e);
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
        try {
            pollFd.set(ValueLayout.JAVA_INT, 0, fd);
            pollFd.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
            pollFd.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
            int ready = (int) POLL.invokeExact(errno, pollFd, 1L, (int) Math.max(0, timeout.toMillis()));
            if (ready == 0 || (ready < 0 && (int) ERRNO.get(errno, 0L) == EINTR)) {
                return 0;
            }
            long count = (long) READ.invokeExact(errno, fd, buffer, (long) Math.min(into.length, buffer.byteSize()));
            if (count > 0) {
                MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, into, 0, (int) count);
                return (int) count;
            }
            if (count < 0 && (int) ERRNO.get(errno, 0L) == EAGAIN) {
                return 0;
            }
            // 0 bytes after POLLIN (end of file) or ENODEV: the device is gone.
            throw new LinkClosedException(path + " went away");
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("native read failed on " + path, e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (this) {
            try {
                int result = (int) CLOSE.invokeExact(fd);
                if (result != 0) {
                    System.getLogger(LinuxInputDevice.class.getName())
                            .log(System.Logger.Level.DEBUG, "close({0}) failed for {1}", fd, path);
                }
            } catch (Throwable e) {
                System.getLogger(LinuxInputDevice.class.getName())
                        .log(System.Logger.Level.WARNING, "close failed for " + path, e);
            } finally {
                arena.close();
            }
        }
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(
                () -> new IllegalStateException("C library has no " + name)), descriptor, options);
    }
}
