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
    /** Lines the hub adds so that {@code kioskctl fleet join} can set the kiosk's [fleet] from the file alone. */
    public static final String COUNTY = "county=";
    public static final String BROKER_URL = "broker_url=";

    /** What a credential file carries besides the credential: where the kiosk reports to, when the hub said. */
    public record Enrolment(FleetCredential credential, Optional<String> county, Optional<String> brokerUrl) {
    }

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
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()).credential();
    }

    /**
     * Reads a credential file's text (as the technician brings it, from a stick where every file is world-readable).
     *
     * @param source named in the error
     * @throws IOException when the text is not a fleet credential, saying why
     */
    public static Enrolment parse(String text, String source) throws IOException {
        String user = null;
        String password = null;
        String county = null;
        String brokerUrl = null;
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith(USER)) {
                user = l.substring(USER.length()).strip();
            } else if (l.startsWith(PASSWORD)) {
                password = l.substring(PASSWORD.length()).strip();
            } else if (l.startsWith(COUNTY)) {
                county = l.substring(COUNTY.length()).strip();
            } else if (l.startsWith(BROKER_URL)) {
                brokerUrl = l.substring(BROKER_URL.length()).strip();
            }
        }
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw new IOException(source + ": not a fleet credential (needs user= and password= lines)");
        }
        return new Enrolment(new FleetCredential(user, password.toCharArray()),
                Optional.ofNullable(county).filter(c -> !c.isEmpty()),
                Optional.ofNullable(brokerUrl).filter(u -> !u.isEmpty()));
    }

    /** The file's text, as the hub writes it for a station. */
    public static String text(String county, String station, String password, Optional<String> brokerUrl) {
        return "# Xiangli fleet credential: county " + county + ", station " + station + ". Keep it secret.\n"
                + COUNTY + county + "\n"
                + brokerUrl.map(u -> BROKER_URL + u + "\n").orElse("")
                + USER + station + "\n" + PASSWORD + password + "\n";
    }
}
