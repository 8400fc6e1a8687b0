package org.xiangli.provisioning.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Reading and writing files as root in folders the kiosk user can write to ({@code /etc/xiangli} is writable by
 * group xiangli, {@code /var/log/xiangli} and {@code /var/lib/xiangli} are the kiosk's). There the kiosk user can
 * plant a symbolic link where root is about to write or read, pointing at a file only root may touch. So: writes go
 * to a new temporary file (created exclusively, with its final mode) that is then renamed over the name — a rename
 * replaces a link, it never follows it; reads refuse anything but a regular file and open with O_NOFOLLOW.
 */
public final class NoFollowFiles {

    /** What an output stream writes into, once it is all written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private NoFollowFiles() {
    }

    /** Replaces {@code file} with {@code text} in mode {@code mode} ("rw-r--r--"), atomically. */
    public static void write(Path file, String text, String mode) throws IOException {
        write(file, mode, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Replaces {@code file} with what {@code content} writes, in mode {@code mode}; a failure leaves no file. */
    public static void write(Path file, String mode, Content content) throws IOException {
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(mode);
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".new",
                PosixFilePermissions.asFileAttribute(permissions));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            // The umask may have taken bits off at creation; the file is ours and new, its mode is set exactly.
            Files.setPosixFilePermissions(temp, permissions);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Whether {@code file} is a regular file itself, not a link to one. */
    public static boolean isPlainFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The last {@code maxBytes} of a regular file; a symbolic link (or anything else) is refused. */
    public static byte[] readTail(Path file, long maxBytes) throws IOException {
        if (!isPlainFile(file)) {
            throw new IOException(file + " is not a regular file (a symbolic link is never followed)");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            long start = Math.max(0, channel.size() - maxBytes);
            channel.position(start);
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(maxBytes, channel.size() - start));
            while (bytes.hasRemaining() && channel.read(bytes) > 0) {
                // Reads until the buffer is full or the file ends (it may shrink meanwhile: a rotated log).
            }
            return java.util.Arrays.copyOf(bytes.array(), bytes.position());
        }
    }

    /** A whole regular file as UTF-8 text, up to {@code maxBytes}; a symbolic link is refused. */
    public static String readText(Path file, long maxBytes) throws IOException {
        return new String(readTail(file, maxBytes), StandardCharsets.UTF_8);
    }
}
