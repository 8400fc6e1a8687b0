package org.xiangli.hal.device;

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

/**
 * The few Linux C library calls the device layer makes, through Java's foreign function API: no JNI library to
 * ship or unpack for each architecture. Each call that can fail records {@code errno} in a caller's
 * {@link #errnoState} segment, so that two threads (a link's reader and its writer) never share one. The constants
 * are Linux's generic ones; the descriptors take {@code size_t} and {@code unsigned long} as 64 bits, as on the two
 * architectures the package is built for (amd64, arm64), not on a 32-bit userland. The JVM needs
 * {@code --enable-native-access}.
 */
public final class Posix {

    public static final int EINTR = 4;
    public static final int EAGAIN = 11;
    public static final int EACCES = 13;
    public static final int EBUSY = 16;
    public static final int ENOENT = 2;
    public static final int ENOTTY = 25;

    public static final int O_RDONLY = 0;
    public static final int O_RDWR = 2;
    public static final int O_NOCTTY = 0x100;
    public static final int O_NONBLOCK = 0x800;
    public static final int O_CLOEXEC = 0x80000;

    public static final short POLLIN = 0x1;
    public static final short POLLOUT = 0x4;
    public static final short POLLERR = 0x8;
    public static final short POLLHUP = 0x10;
    public static final short POLLNVAL = 0x20;
    /** Bytes of one {@code struct pollfd}. */
    public static final long POLLFD_SIZE = 8;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout ERRNO_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = ERRNO_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final java.lang.foreign.AddressLayout ADDRESS = ValueLayout.ADDRESS;

    private static final MethodHandle OPEN = handle("open", FunctionDescriptor.of(INT, ADDRESS, INT), CAPTURE);
    private static final MethodHandle IOCTL = handle("ioctl", FunctionDescriptor.of(INT, INT, LONG, INT), CAPTURE,
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle POLL = handle("poll", FunctionDescriptor.of(INT, ADDRESS, LONG, INT), CAPTURE);
    private static final MethodHandle READ = handle("read", FunctionDescriptor.of(LONG, INT, ADDRESS, LONG), CAPTURE);
    private static final MethodHandle WRITE = handle("write", FunctionDescriptor.of(LONG, INT, ADDRESS, LONG),
            CAPTURE);
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(INT, INT));
    private static final MethodHandle TCGETATTR = handle("tcgetattr", FunctionDescriptor.of(INT, INT, ADDRESS),
            CAPTURE);
    private static final MethodHandle TCSETATTR = handle("tcsetattr",
            FunctionDescriptor.of(INT, INT, INT, ADDRESS), CAPTURE);
    private static final MethodHandle TCFLUSH = handle("tcflush", FunctionDescriptor.of(INT, INT, INT), CAPTURE);
    private static final MethodHandle EVENTFD = handle("eventfd", FunctionDescriptor.of(INT, INT, INT), CAPTURE);
    private static final MethodHandle CFMAKERAW = handle("cfmakeraw", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle CFSETSPEED = handle("cfsetspeed", FunctionDescriptor.of(INT, ADDRESS, INT),
            CAPTURE);

    private Posix() {
    }

    /** A segment for the {@code errno} of the calls made with it. */
    public static MemorySegment errnoState(Arena arena) {
        return arena.allocate(ERRNO_STATE);
    }

    /** The {@code errno} the last failed call made with {@code state} left. */
    public static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    public static int open(MemorySegment state, String path, int flags) {
        try (Arena call = Arena.ofConfined()) {
            return (int) OPEN.invokeExact(state, call.allocateFrom(path), flags);
        } catch (Throwable e) {
            throw failed("open", e);
        }
    }

    public static int ioctl(MemorySegment state, int fd, long request, int argument) {
        try {
            return (int) IOCTL.invokeExact(state, fd, request, argument);
        } catch (Throwable e) {
            throw failed("ioctl", e);
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for {@code events} on {@code fd}, using {@code pollFd} (at least
     * {@link #POLLFD_SIZE} bytes) as the {@code struct pollfd}.
     *
     * @return the returned events, 0 when the time passed, -1 when poll failed (see {@link #errno})
     */
    public static int pollOne(MemorySegment state, MemorySegment pollFd, int fd, short events, int timeoutMillis) {
        setPollFd(pollFd, 0, fd, events);
        try {
            int ready = (int) POLL.invokeExact(state, pollFd, 1L, timeoutMillis);
            return ready <= 0 ? ready : revents(pollFd, 0);
        } catch (Throwable e) {
            throw failed("poll", e);
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for {@code events} on {@code fd} or for input on {@code wakeFd} (an
     * {@link #eventfd} another thread writes to end the wait), using {@code pollFds} (two {@link #POLLFD_SIZE}).
     *
     * @return the events on {@code fd}; 0 when the time passed or the wake fd was written; -1 when poll failed
     */
    public static int pollOneOrWake(MemorySegment state, MemorySegment pollFds, int fd, short events, int wakeFd,
            int timeoutMillis) {
        setPollFd(pollFds, 0, fd, events);
        setPollFd(pollFds, POLLFD_SIZE, wakeFd, POLLIN);
        try {
            int ready = (int) POLL.invokeExact(state, pollFds, 2L, timeoutMillis);
            return ready <= 0 ? ready : revents(pollFds, 0);
        } catch (Throwable e) {
            throw failed("poll", e);
        }
    }

    /** A non-blocking, close-on-exec event counter: writing 8 bytes to it wakes a {@link #pollOneOrWake}. */
    public static int eventfd(MemorySegment state) {
        try {
            return (int) EVENTFD.invokeExact(state, 0, O_NONBLOCK | O_CLOEXEC);
        } catch (Throwable e) {
            throw failed("eventfd", e);
        }
    }

    public static long read(MemorySegment state, int fd, MemorySegment into, long count) {
        try {
            return (long) READ.invokeExact(state, fd, into, count);
        } catch (Throwable e) {
            throw failed("read", e);
        }
    }

    public static long write(MemorySegment state, int fd, MemorySegment from, long count) {
        try {
            return (long) WRITE.invokeExact(state, fd, from, count);
        } catch (Throwable e) {
            throw failed("write", e);
        }
    }

    public static int close(int fd) {
        try {
            return (int) CLOSE.invokeExact(fd);
        } catch (Throwable e) {
            throw failed("close", e);
        }
    }

    public static int tcgetattr(MemorySegment state, int fd, MemorySegment termios) {
        try {
            return (int) TCGETATTR.invokeExact(state, fd, termios);
        } catch (Throwable e) {
            throw failed("tcgetattr", e);
        }
    }

    public static int tcsetattr(MemorySegment state, int fd, int when, MemorySegment termios) {
        try {
            return (int) TCSETATTR.invokeExact(state, fd, when, termios);
        } catch (Throwable e) {
            throw failed("tcsetattr", e);
        }
    }

    public static int tcflush(MemorySegment state, int fd, int queue) {
        try {
            return (int) TCFLUSH.invokeExact(state, fd, queue);
        } catch (Throwable e) {
            throw failed("tcflush", e);
        }
    }

    public static void cfmakeraw(MemorySegment termios) {
        try {
            CFMAKERAW.invokeExact(termios);
        } catch (Throwable e) {
            throw failed("cfmakeraw", e);
        }
    }

    public static int cfsetspeed(MemorySegment state, MemorySegment termios, int speed) {
        try {
            return (int) CFSETSPEED.invokeExact(state, termios, speed);
        } catch (Throwable e) {
            throw failed("cfsetspeed", e);
        }
    }

    private static void setPollFd(MemorySegment pollFds, long at, int fd, short events) {
        pollFds.set(ValueLayout.JAVA_INT, at, fd);
        pollFds.set(ValueLayout.JAVA_SHORT, at + 4, events);
        pollFds.set(ValueLayout.JAVA_SHORT, at + 6, (short) 0);
    }

    private static int revents(MemorySegment pollFds, long at) {
        return pollFds.get(ValueLayout.JAVA_SHORT, at + 6) & 0xFFFF;
    }

    private static RuntimeException failed(String call, Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("native " + call + " failed", e);
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(
                () -> new IllegalStateException("C library has no " + name)), descriptor, options);
    }
}
