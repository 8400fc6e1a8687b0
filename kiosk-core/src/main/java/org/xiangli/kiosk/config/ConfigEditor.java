package org.xiangli.kiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

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
        String toml = normalized(key, value);
        String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String after = withLine(before, key.section(), key.field(), toml);
        KioskConfig config;
        try {
            config = new ConfigLoader().parse(after, file.toString());
        } catch (ConfigException e) {
            throw new Refused("the file would not load: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".kiosk", ".toml");
        try {
            Files.writeString(temp, after, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return config;
    }

    /** The value as its codec writes it, after its codec accepted it. */
    private static <T> String normalized(ConfigKey<T> key, String value) throws Refused {
        Object raw = value;
        TomlParseResult parsed = Toml.parse("v = " + value);
        if (!parsed.hasErrors() && parsed.get("v") != null) {
            raw = parsed.get("v");
        }
        try {
            return key.codec().toToml(key.codec().decode(raw));
        } catch (ConfigCodec.InvalidValue e) {
            throw new Refused(key.name() + " = " + value + ": " + e.getMessage());
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
