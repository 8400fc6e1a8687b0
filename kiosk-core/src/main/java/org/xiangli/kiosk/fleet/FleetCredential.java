package org.xiangli.kiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * A kiosk's broker credential, as {@code county.jar register} issues it: a small text file with {@code user=STATION}
 * and {@code password=...} lines ({@code #} comments allowed). The user is the station code: the broker's ACL lets
 * that user publish only under its own station. On a device it is root's, readable by the kiosk's group
 * ({@code install -m 640 -o root -g xiangli}); a file others may read is refused.
 */
public record FleetCredential(String user, char[] password) {

    public static final String USER = "user=";
    public static final String PASSWORD = "password=";

    public static FleetCredential read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no fleet credential at " + file + " (county.jar register issues it)");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ)) {
                throw new IOException(file + " is readable by everyone: chmod 640 it (it holds the broker password)");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check.
        }
        String user = null;
        String password = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith(USER)) {
                user = l.substring(USER.length()).strip();
            } else if (l.startsWith(PASSWORD)) {
                password = l.substring(PASSWORD.length()).strip();
            }
        }
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw new IOException(file + ": not a fleet credential (needs user= and password= lines)");
        }
        return new FleetCredential(user, password.toCharArray());
    }

    /** The file's text, as the hub writes it for a station. */
    public static String text(String county, String station, String password, Optional<String> brokerUrl) {
        return "# Xiangli fleet credential: county " + county + ", station " + station + ". Keep it secret.\n"
                + brokerUrl.map(u -> "# broker: " + u + "\n").orElse("")
                + USER + station + "\n" + PASSWORD + password + "\n";
    }
}
