package org.xiangli.kiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xiangli.kiosk.toml.Toml;
import org.xiangli.kiosk.toml.TomlDocument;
import org.xiangli.kiosk.toml.TomlError;
import org.xiangli.kiosk.toml.TomlTable;

/**
 * Reads {@code kiosk.toml} by the keys of {@link ConfigSchema}. Every key is optional (its default applies); an
 * unknown key, a wrong type or a value out of range is reported with the file, line, key, the bad value and what is
 * expected — all problems at once, so a technician fixes the file in one go.
 */
public final class ConfigLoader {

    /** Where a device keeps its config unless {@code --config} or {@code XIANGLI_CONFIG} says otherwise. */
    public static final Path DEFAULT_FILE = Path.of("/etc/xiangli/kiosk.toml");

    /** The public demo PIN: demo mode only; a kiosk outside --demo refuses it (see TechnicianPin). */
    public static final String DEMO_PIN = "246810";

    /** The demo PIN's hash (PIN 246810); devices set their own with kioskctl. */
    public static final String DEMO_PIN_HASH =
            "pbkdf2-sha256$60000$eGlhbmdsaS1kZW1vLXBpbg==$FNiKb1+5VYWwQjBKNUR0BRn1MO361GjSeP0Wa45tzuA=";

    /**
     * The config file that applies, the same way for the kiosk and every kioskctl command: the one given on the
     * command line, else {@code $XIANGLI_CONFIG}, else {@link #DEFAULT_FILE} (which may not exist yet).
     */
    public static Path locate(Optional<Path> given) {
        return given.or(() -> Optional.ofNullable(System.getenv("XIANGLI_CONFIG")).filter(s -> !s.isBlank())
                .map(Path::of)).orElse(DEFAULT_FILE);
    }

    /**
     * Loads the file {@link #locate} picks. A file named on the command line or in the environment must exist; a
     * device with no {@link #DEFAULT_FILE} yet runs on the built-in defaults.
     */
    public static KioskConfig loadApplicable(Optional<Path> given) throws ConfigException, IOException {
        Path file = locate(given);
        if (file.equals(DEFAULT_FILE) && !Files.isRegularFile(file)) {
            return defaults();
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("no config file at " + file);
        }
        return new ConfigLoader().load(file);
    }

    public KioskConfig load(Path file) throws ConfigException, IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static KioskConfig defaults() {
        try {
            return new ConfigLoader().parse("", "(defaults)");
        } catch (ConfigException e) {
            throw new IllegalStateException("built-in defaults are invalid: " + e.getMessage(), e);
        }
    }

    public KioskConfig parse(String text, String fileName) throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        TomlDocument document = Toml.parse(text);
        for (TomlError error : document.errors()) {
            problems.add(new ConfigProblem(fileName, error.line(), null, null,
                    "not valid TOML at column " + error.column() + ": " + error.message()));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        TomlTable toml = document.root();
        Set<String> known = ConfigSchema.KEYS.stream().map(ConfigKey::name).collect(Collectors.toSet());
        for (String key : toml.dottedKeySet()) {
            if (!known.contains(key) && !insideKnownTable(key, known)) {
                problems.add(new ConfigProblem(fileName, toml.lineOf(key).orElse(0), key, null,
                        "unknown key; known keys are " + String.join(", ", known.stream().sorted().toList())));
            }
        }
        ConfigValues values = new ConfigValues();
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            read(toml, key, values, fileName, problems);
        }
        if (!values.get(ConfigSchema.FLEET_BROKER).isEmpty() && values.get(ConfigSchema.FLEET_COUNTY).isEmpty()) {
            problems.add(new ConfigProblem(fileName, toml.lineOf(ConfigSchema.FLEET_BROKER.name()).orElse(0),
                    ConfigSchema.FLEET_COUNTY.name(), "\"\"", "expected the county's id: a fleet needs one"));
        }
        if (!problems.isEmpty()) {
            // In file order, as a technician reads the file.
            problems.sort(Comparator.comparingInt(ConfigProblem::line));
            throw new ConfigException(problems);
        }
        return ConfigSchema.toConfig(values);
    }

    /** A table-valued key's entries are dotted keys of their own ("queue.call_buttons.1"), checked by its codec. */
    private static boolean insideKnownTable(String key, Set<String> known) {
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (known.contains(key.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /** One key's value, or its default and a problem, so that every problem of the file is reported at once. */
    private static <T> void read(TomlTable toml, ConfigKey<T> key, ConfigValues values, String fileName,
            List<ConfigProblem> problems) {
        Object raw = toml.get(key.name());
        if (raw == null) {
            values.put(key, key.defaultValue());
            return;
        }
        try {
            values.put(key, key.codec().decode(raw));
        } catch (ConfigCodec.InvalidValue e) {
            Object bad = e.shown() == null ? raw : e.shown();
            String shown = bad instanceof String s ? "\"" + s + "\"" : String.valueOf(bad);
            problems.add(new ConfigProblem(fileName, toml.lineOf(key.name()).orElse(0), key.name(), shown,
                    e.getMessage()));
            values.put(key, key.defaultValue());
        }
    }

    /** An example file with every key at its default and its description, for kioskctl and the README. */
    public static String exampleToml() {
        return ConfigDocs.exampleToml();
    }
}
