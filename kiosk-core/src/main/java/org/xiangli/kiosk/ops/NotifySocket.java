package org.xiangli.kiosk.ops;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * Sends one datagram to systemd's {@code $NOTIFY_SOCKET}. Java's own channels only do stream sockets on Unix
 * addresses, and {@code systemd-notify} as a child process races its own exit (systemd may not attribute the
 * message to the unit), so this calls libc's socket/sendto through the FFM API.
 */
public final class NotifySocket implements Notifier {

    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    /** sizeof(struct sockaddr_un): a 2-byte family and 108 bytes of path. */
    private static final int SOCKADDR_UN_SIZE = 110;

    private static final MethodHandle SOCKET;
    private static final MethodHandle SENDTO;
    private static final MethodHandle CLOSE;

    static {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        SOCKET = linker.downcallHandle(libc.find("socket").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        SENDTO = linker.downcallHandle(libc.find("sendto").orElseThrow(), FunctionDescriptor.of(
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        CLOSE = linker.downcallHandle(libc.find("close").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    private final String address;

    /** @param address the value of {@code $NOTIFY_SOCKET}: a path, or {@code @name} for the abstract namespace */
    public NotifySocket(String address) {
        if (address.isEmpty() || address.length() > SOCKADDR_UN_SIZE - 3) {
            throw new IllegalArgumentException("not a notify socket address: '" + address + "'");
        }
        this.address = address;
    }

    @Override
    public void send(String message) throws IOException {
        byte[] path = address.getBytes(StandardCharsets.UTF_8);
        boolean abstractName = address.startsWith("@");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sockaddr = arena.allocate(SOCKADDR_UN_SIZE);
            sockaddr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
            MemorySegment.copy(path, 0, sockaddr, ValueLayout.JAVA_BYTE, 2, path.length);
            if (abstractName) {
                // An abstract address starts with a NUL byte and is not NUL-terminated.
                sockaddr.set(ValueLayout.JAVA_BYTE, 2, (byte) 0);
            }
            int length = 2 + path.length + (abstractName ? 0 : 1);
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            MemorySegment data = arena.allocate(bytes.length);
            MemorySegment.copy(bytes, 0, data, ValueLayout.JAVA_BYTE, 0, bytes.length);
            int fd = (int) SOCKET.invokeExact(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                throw new IOException("cannot create a datagram socket for " + address);
            }
            try {
                long sent = (long) SENDTO.invokeExact(fd, data, (long) bytes.length, 0, sockaddr, length);
                if (sent != bytes.length) {
                    throw new IOException("cannot send to the notify socket " + address);
                }
            } finally {
                int closed = (int) CLOSE.invokeExact(fd);
                assert closed == 0 : "close of a datagram socket does not fail";
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException("native call failed: " + t, t);
        }
    }
}
