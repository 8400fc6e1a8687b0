package org.xiangli.kiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.xiangli.kiosk.toml.Toml;
import org.xiangli.kiosk.toml.TomlDocument;

/**
 * Sets one key of kiosk.toml from afar (the county hub's {@code config-set}): only a key the schema marks
 * remote-settable, only a value its codec accepts, and only if the whole file still loads afterwards; then the file
 * is replaced atomically, so a power cut leaves the old file or the new one. The rest of the file (comments, order)
 * is kept: one line changes or is added.
 */
public final class ConfigEditor {

    /** The key may not be set this way, or the value is not one it takes; the message says which and why. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private ConfigEditor() {
    }

    /**
     * Writes {@code key = value} into {@code file} (created if missing). {@code value} is TOML ({@code 90},
     * {@code true}, {@code "portrait"}) or, when it is not, a bare string ({@code portrait}).
     *
     * @return the config the file now holds
     */
    public static KioskConfig set(Path file, String keyName, String value) throws Refused, IOException {
        ConfigKey<?> key = ConfigSchema.find(keyName)
                .orElseThrow(() -> new Refused("unknown key " + keyName));
        if (!key.remoteSettable()) {
            throw new Refused(keyName + " is set at the device only (wiring, identity, secrets, addresses)");
        }
        return write(file, Map.of(keyName, value));
    }

    /**
     * Sets keys at the device itself ({@code kioskctl}, run by the technician): any key of the schema, all of them
     * or none — keys that only make sense together (a broker and its county) are checked together.
     *
     * @return the config the file now holds
     */
    public static KioskConfig setAtDevice(Path file, Map<String, String> values) throws Refused, IOException {
        return write(file, values);
    }

    /** Whether {@link #setAtDevice} would accept these values, writing nothing. */
    public static KioskConfig check(Path file, Map<String, String> values) throws Refused, IOException {
        return edited(file, values).config();
    }

    private record Edit(String text, KioskConfig config) {
    }

    private static Edit edited(Path file, Map<String, String> values) throws Refused, IOException {
        String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String after = before;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            ConfigKey<?> key = ConfigSchema.find(entry.getKey())
                    .orElseThrow(() -> new Refused("unknown key " + entry.getKey()));
            after = withLine(after, key.section(), key.field(), normalized(key, entry.getValue()));
        }
        KioskConfig config;
        try {
            config = new ConfigLoader().parse(after, file.toString());
        } catch (ConfigException e) {
            throw new Refused("the file would not load: " + e.getMessage());
        }
        return new Edit(after, config);
    }

    private static KioskConfig write(Path file, Map<String, String> values) throws Refused, IOException {
        Edit edit = edited(file, values);
        String after = edit.text();
        KioskConfig config = edit.config();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".kiosk", ".toml");
        try {
            Files.writeString(temp, after, StandardCharsets.UTF_8);
            keepModeAndGroup(file, temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return config;
    }

    /**
     * The new file keeps the old one's mode and group: kiosk.toml is root's and readable by the kiosk's group, and a
     * temporary file is born 600 — replaced as it is, the kiosk could no longer read its own config.
     */
    private static void keepModeAndGroup(Path file, Path temp) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            GroupPrincipal group = Files.readAttributes(file, PosixFileAttributes.class).group();
            if (!group.equals(Files.readAttributes(temp, PosixFileAttributes.class).group())) {
                view.setGroup(group);
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: there is no mode to keep.
        }
    }

    /** The value as its codec writes it, after its codec accepted it. */
    private static <T> String normalized(ConfigKey<T> key, String value) throws Refused {
        TomlDocument parsed = Toml.parse("v = " + value);
        Object toml = parsed.hasErrors() ? null : parsed.root().get("v");
        try {
            return key.codec().toToml(key.codec().decode(toml != null ? toml : value));
        } catch (ConfigCodec.InvalidValue e) {
            if (toml == null || toml instanceof String) {
                throw new Refused(key.name() + " = " + value + ": " + e.getMessage());
            }
            // Digits read as a TOML number, where the key wants text (a county code 360781, a station 007).
            try {
                return key.codec().toToml(key.codec().decode(value));
            } catch (ConfigCodec.InvalidValue asText) {
                throw new Refused(key.name() + " = " + value + ": " + e.getMessage());
            }
        }
    }

    /** The text with {@code field = value} in {@code [section]}: replaced where it is, else added under the header. */
    static String withLine(String text, String section, String field, String value) {
        List<String> lines = new ArrayList<>(text.isEmpty() ? List.of() : List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        String line = field + " = " + value;
        Pattern fieldLine = Pattern.compile("\\s*" + Pattern.quote(field) + "\\s*=.*");
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (stripComment(lines.get(i)).equals("[" + section + "]")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("[" + section + "]");
            lines.add(line);
        } else {
            int at = -1;
            for (int i = header + 1; i < lines.size() && !stripComment(lines.get(i)).startsWith("["); i++) {
                if (fieldLine.matcher(lines.get(i)).matches()) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                lines.set(at, line);
            } else {
                lines.add(header + 1, line);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }
}
