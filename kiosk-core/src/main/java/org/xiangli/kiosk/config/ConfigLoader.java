package org.xiangli.kiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.xiangli.kiosk.config.KioskConfig.DeviceMode;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.config.KioskConfig.Orientation;

/**
 * Reads {@code kiosk.toml}. Every key is optional (its default applies); an unknown key, a wrong type or a value
 * out of range is reported with the file, line, key, the bad value and what is expected — all problems at once,
 * so a technician fixes the file in one go.
 */
public final class ConfigLoader {

    /** Where a device keeps its config unless {@code --config} or {@code XIANGLI_CONFIG} says otherwise. */
    public static final Path DEFAULT_FILE = Path.of("/etc/xiangli/kiosk.toml");

    /** The demo PIN's hash (PIN 246810); devices set their own with kioskctl. */
    public static final String DEMO_PIN_HASH =
            "pbkdf2-sha256$60000$eGlhbmdsaS1kZW1vLXBpbg==$FNiKb1+5VYWwQjBKNUR0BRn1MO361GjSeP0Wa45tzuA=";

    private static final Pattern STATION_CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern PRINTER = Pattern.compile("(serial:/\\S+(@\\d+)?|usb:/\\S+|tcp:[\\w.-]+:\\d{1,5}|none)");
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Set<Integer> BAUDS = Set.of(9600, 19200, 38400, 57600, 115200);

    public static final List<ConfigKey> KEYS = List.of(
            new ConfigKey("station.code", "\"DEMO-001\"", "1-32 letters, digits or '-'",
                    "Station code, as in the county's register; printed on tickets."),
            new ConfigKey("station.name", "\"青石村综合服务站\"", "1-40 characters",
                    "Station name shown in every page header and on tickets."),
            new ConfigKey("station.time_zone", "\"Asia/Shanghai\"", "an IANA time zone such as Asia/Shanghai",
                    "Local time zone: the clock, the daily ticket reset and expiry dates follow it."),
            new ConfigKey("display.language", "\"zh_CN\"", "zh_CN or en", "Language of the screens."),
            new ConfigKey("display.orientation", "\"landscape\"", "landscape or portrait",
                    "How the screen stands; portrait for upright kiosks."),
            new ConfigKey("display.fullscreen", "true", "true or false",
                    "Full screen, undecorated, no way out (device). false = a window (development); --windowed also."),
            new ConfigKey("display.width", "1920", "an integer 640-7680", "Window width in windowed mode."),
            new ConfigKey("display.height", "1080", "an integer 480-7680", "Window height in windowed mode."),
            new ConfigKey("display.large_text", "false", "true or false", "Start in large-text mode (大字模式)."),
            new ConfigKey("display.call_screen", "false", "true or false",
                    "Show the call display (current tickets, last calls) full screen on a second HDMI screen."),
            new ConfigKey("display.screen_off", "\"\"", "empty, or a time HH:MM",
                    "Local time the screen turns off each night (kioskctl install writes the timer); empty = never."),
            new ConfigKey("display.screen_on", "\"\"", "empty, or a time HH:MM",
                    "Local time the screen turns on each morning; empty = never turned off by the schedule."),
            new ConfigKey("timeouts.page_seconds", "90", "an integer 10-600",
                    "Idle seconds on any page before it returns home and wipes the session."),
            new ConfigKey("timeouts.attract_after_seconds", "120", "an integer 10-3600",
                    "Idle seconds on the home page before the bulletin board (attract loop) starts."),
            new ConfigKey("timeouts.slide_seconds", "8", "an integer 3-60", "Seconds each bulletin-board slide shows."),
            new ConfigKey("devices.mode", "\"simulated\"", "simulated or hardware",
                    "simulated = built-in device simulators (demo, training); hardware = the ports below."),
            new ConfigKey("devices.card_reader_port", "\"/dev/ttyUSB0\"", "a device path",
                    "Serial port of the ID-card reader (SAM)."),
            new ConfigKey("devices.card_reader_baud", "115200", "one of 9600, 19200, 38400, 57600, 115200",
                    "Baud rate of the ID-card reader."),
            new ConfigKey("devices.scanner_port", "\"/dev/ttyACM0\"", "a device path",
                    "Serial (USB CDC) port of the QR scanner, or an /dev/input/event* device in keyboard mode."),
            new ConfigKey("devices.printer", "\"usb:/dev/usb/lp0\"",
                    "serial:/dev/PORT[@BAUD], usb:/dev/usb/lpN, tcp:HOST:PORT or none",
                    "Receipt printer transport."),
            new ConfigKey("devices.paper_width_mm", "80", "58 or 80", "Receipt paper width."),
            new ConfigKey("devices.presence_pin", "0", "0, or a BCM pin 2-27",
                    "GPIO of the PIR presence sensor: someone approaching leaves the bulletin board. 0 = none."),
            new ConfigKey("devices.ready_led_pin", "0", "0, or a BCM pin 2-27",
                    "GPIO of the green ready LED, lit while the kiosk runs. 0 = none."),
            new ConfigKey("devices.fault_led_pin", "0", "0, or a BCM pin 2-27",
                    "GPIO of the red fault LED, lit while a configured device is not working. 0 = none."),
            new ConfigKey("devices.help_button_pin", "0", "0, or a BCM pin 2-27",
                    "GPIO of the help button beside the screen: it opens the help page. 0 = none."),
            new ConfigKey("content.feed_url", "\"\"", "empty, or an http:// or https:// URL",
                    "Where signed content bundles are pulled from; empty = USB stick only."),
            new ConfigKey("content.trusted_keys", "[]", "a list of publisher keys \"ed25519:...\" (publisher.pub)",
                    "Publisher keys whose signed bundles this kiosk applies; bundles signed by any other key are refused."),
            new ConfigKey("content.usb_root", "\"/media\"", "an absolute directory path",
                    "Where USB sticks are mounted; a stick newly mounted there with .xlb bundles is imported."),
            new ConfigKey("content.poll_minutes", "30", "an integer 1-1440", "Minutes between polls of the content feed."),
            new ConfigKey("content.download_stall_seconds", "60", "an integer 5-3600",
                    "A feed download that brings less than 1 KB in this many seconds is cut; what arrived is kept and "
                            + "the next poll resumes it."),
            new ConfigKey("content.download_max_minutes", "30", "an integer 1-1440",
                    "The longest one feed download may run; what arrived is kept and the next poll resumes it."),
            new ConfigKey("content.max_bundle_mb", "512", "an integer 1-4096",
                    "The largest bundle downloaded (feed or kioskctl content import URL); a larger one is stopped "
                            + "and deleted, so a bad server cannot fill the SD card."),
            new ConfigKey("staff.port", "8080", "an integer 1024-65535",
                    "TCP port of the staff web console and call display (--staff-port overrides)."),
            new ConfigKey("technician.pin_hash", "\"" + DEMO_PIN_HASH + "\"",
                    "a hash written by kioskctl (pbkdf2-sha256$...)",
                    "Hash of the technician PIN that, after the hidden gesture, leaves the kiosk. Default PIN: 246810."),
            new ConfigKey("queue.priority_age", "60", "an integer 50-100",
                    "Age (from the ID card) from which a ticket goes through the priority lane (绿色通道)."),
            new ConfigKey("queue.priority_max_streak", "2", "an integer 1-10",
                    "Priority tickets a window may call in a row while a regular ticket waits (no starvation)."),
            new ConfigKey("queue.default_service_minutes", "5", "an integer 1-120",
                    "Minutes per person assumed for the wait estimate until the service's real pace is measured."),
            new ConfigKey("queue.call_buttons", "{}",
                    "a table window = BCM pin, e.g. { \"1\" = 17, \"2\" = 27 }; windows 1-99, pins 2-27, each pin once",
                    "GPIO call buttons (to ground, internal pull-up): a press calls the next ticket to that window."),
            new ConfigKey("payments.service_url", "\"\"", "empty, or an http:// or https:// URL",
                    "Live payments JSON service; empty = the imported ledger only."),
            new ConfigKey("payments.credentials_file", "\"\"", "empty, or an absolute file path",
                    "Root-only file with the bearer token for the payments service."),
            new ConfigKey("payments.timeout_seconds", "3", "an integer 1-30",
                    "Seconds to wait for the live service before answering from the local ledger."),
            new ConfigKey("payments.key_file", "\"payments.key\"", "a file path (relative = under data.dir)",
                    "Root-only data key for the payments store (created by kioskctl enroll)."),
            new ConfigKey("payments.trusted_keys", "[]", "a list of publisher keys \"ed25519:...\"",
                    "Publisher keys whose signed payments ledger bundles this kiosk imports."),
            new ConfigKey("payments.factor_attempts", "3", "an integer 1-10",
                    "Wrong phone digits for one ID number before that number is locked."),
            new ConfigKey("payments.lockout_minutes", "15", "an integer 1-1440",
                    "Minutes an ID number stays locked after too many wrong phone digits."),
            new ConfigKey("payments.idle_seconds", "60", "an integer 10-600",
                    "Idle seconds on payments pages before the session is wiped and the kiosk returns home."),
            new ConfigKey("data.dir", "\"/var/lib/xiangli\"", "an absolute directory path",
                    "Where the database and downloaded content live (--data overrides)."));

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
        TomlParseResult toml;
        try {
            toml = Toml.parse(text);
        } catch (RuntimeException | AssertionError e) {
            // tomlj trips an internal assert (or worse, with assertions off) on some malformed escapes; fuzzing
            // found it. A broken file must still get a clear message, never a crash.
            problems.add(new ConfigProblem(fileName, 0, null, null, "not valid TOML (" + e + ")"));
            throw new ConfigException(problems);
        }
        for (TomlParseError error : toml.errors()) {
            problems.add(new ConfigProblem(fileName, error.position().line(), null, null,
                    "not valid TOML: " + error.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Set<String> known = KEYS.stream().map(ConfigKey::name).collect(Collectors.toSet());
        for (String key : toml.dottedKeySet()) {
            // The call-button table's entries are its own keys ("queue.call_buttons.1"), checked by pinTable.
            if (!known.contains(key) && !toml.isTable(key) && !key.startsWith("queue.call_buttons.")) {
                problems.add(new ConfigProblem(fileName, toml.inputPositionOf(key).line(), key, null,
                        "unknown key; known keys are " + String.join(", ", known.stream().sorted().toList())));
            }
        }
        TypedReader r = new TypedReader(toml, fileName, problems);
        KioskConfig config = new KioskConfig(
                new KioskConfig.Station(
                        r.string("station.code", "DEMO-001", s -> STATION_CODE.matcher(s).matches(), "1-32 letters, digits or '-'"),
                        r.string("station.name", "青石村综合服务站", s -> s.strip().length() >= 1 && s.length() <= 40,
                                "1-40 characters"),
                        r.zone("station.time_zone", "Asia/Shanghai")),
                new KioskConfig.Display(
                        r.choice("display.language", "zh_CN", List.of("zh_CN", "en")).equals("en")
                                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
                        Orientation.valueOf(r.choice("display.orientation", "landscape",
                                List.of("landscape", "portrait")).toUpperCase(Locale.ROOT)),
                        r.bool("display.fullscreen", true),
                        r.integer("display.width", 1920, 640, 7680),
                        r.integer("display.height", 1080, 480, 7680),
                        r.bool("display.large_text", false),
                        r.bool("display.call_screen", false)),
                new KioskConfig.Timeouts(
                        Duration.ofSeconds(r.integer("timeouts.page_seconds", 90, 10, 600)),
                        Duration.ofSeconds(r.integer("timeouts.attract_after_seconds", 120, 10, 3600)),
                        Duration.ofSeconds(r.integer("timeouts.slide_seconds", 8, 3, 60))),
                new KioskConfig.Devices(
                        DeviceMode.valueOf(r.choice("devices.mode", "simulated", List.of("simulated", "hardware"))
                                .toUpperCase(Locale.ROOT)),
                        r.string("devices.card_reader_port", "/dev/ttyUSB0", s -> s.startsWith("/"), "a device path"),
                        r.integerIn("devices.card_reader_baud", 115200, BAUDS,
                                "one of 9600, 19200, 38400, 57600, 115200"),
                        r.string("devices.scanner_port", "/dev/ttyACM0", s -> s.startsWith("/"), "a device path"),
                        r.string("devices.printer", "usb:/dev/usb/lp0", s -> PRINTER.matcher(s).matches(),
                                "serial:/dev/PORT[@BAUD], usb:/dev/usb/lpN, tcp:HOST:PORT or none"),
                        r.integerIn("devices.paper_width_mm", 80, Set.of(58, 80), "58 or 80"),
                        new KioskConfig.Gpio(r.pin("devices.presence_pin"), r.pin("devices.ready_led_pin"),
                                r.pin("devices.fault_led_pin"), r.pin("devices.help_button_pin"))),
                new KioskConfig.Content(
                        r.string("content.feed_url", "", s -> s.isEmpty() || s.matches("https?://\\S+"),
                                "empty, or an http:// or https:// URL"),
                        r.strings("content.trusted_keys", PublisherKey::isWellFormed,
                                "publisher keys \"ed25519:...\" as in publisher.pub"),
                        Path.of(r.string("content.usb_root", "/media", s -> s.startsWith("/"),
                                "an absolute directory path")),
                        Duration.ofMinutes(r.integer("content.poll_minutes", 30, 1, 1440)),
                        Duration.ofSeconds(r.integer("content.download_stall_seconds", 60, 5, 3600)),
                        Duration.ofMinutes(r.integer("content.download_max_minutes", 30, 1, 1440)),
                        (long) r.integer("content.max_bundle_mb", 512, 1, 4096) << 20),
                new KioskConfig.Staff(r.integer("staff.port", 8080, 1024, 65535)),
                new KioskConfig.Technician(
                        r.string("technician.pin_hash", DEMO_PIN_HASH, PinHash::isWellFormed,
                                "a hash written by kioskctl (pbkdf2-sha256$...)")),
                new KioskConfig.Payments(
                        r.string("payments.service_url", "", s -> s.isEmpty() || s.matches("https?://\\S+"),
                                "empty, or an http:// or https:// URL"),
                        r.string("payments.credentials_file", "", s -> s.isEmpty() || s.startsWith("/"),
                                "empty, or an absolute file path"),
                        Duration.ofSeconds(r.integer("payments.timeout_seconds", 3, 1, 30)),
                        Path.of(r.string("payments.key_file", "payments.key", s -> !s.isBlank() && !s.contains("\0"),
                                "a file path")),
                        r.strings("payments.trusted_keys", PublisherKey::isWellFormed,
                                "publisher keys \"ed25519:...\" as in publisher.pub"),
                        r.integer("payments.factor_attempts", 3, 1, 10),
                        Duration.ofMinutes(r.integer("payments.lockout_minutes", 15, 1, 1440)),
                        Duration.ofSeconds(r.integer("payments.idle_seconds", 60, 10, 600))),
                Path.of(r.string("data.dir", "/var/lib/xiangli", s -> s.startsWith("/"),
                        "an absolute directory path")),
                new KioskConfig.Queue(
                        r.integer("queue.priority_age", 60, 50, 100),
                        r.integer("queue.priority_max_streak", 2, 1, 10),
                        Duration.ofMinutes(r.integer("queue.default_service_minutes", 5, 1, 120)),
                        r.pinTable("queue.call_buttons")),
                new KioskConfig.ScreenSchedule(r.time("display.screen_off"), r.time("display.screen_on")));
        if (!problems.isEmpty()) {
            // In file order, as a technician reads the file.
            problems.sort(java.util.Comparator.comparingInt(ConfigProblem::line));
            throw new ConfigException(problems);
        }
        return config;
    }

    /** An example file with every key at its default and its description, for kioskctl and the README. */
    public static String exampleToml() {
        StringBuilder sb = new StringBuilder("# Xiangli kiosk configuration. Every key is optional.\n");
        String section = "";
        for (ConfigKey key : KEYS) {
            String[] parts = key.name().split("\\.", 2);
            if (!parts[0].equals(section)) {
                section = parts[0];
                sb.append("\n[").append(section).append("]\n");
            }
            sb.append("# ").append(key.description()).append(" (").append(key.expected()).append(")\n");
            sb.append(parts[1]).append(" = ").append(key.defaultToml()).append('\n');
        }
        return sb.toString();
    }

    /** Reads typed values and records a problem instead of throwing, so all problems are reported together. */
    private record TypedReader(TomlParseResult toml, String file, List<ConfigProblem> problems) {

        String string(String key, String fallback, Predicate<String> check, String expected) {
            Object raw = toml.get(key);
            if (raw == null) {
                return fallback;
            }
            if (!(raw instanceof String s)) {
                return problem(key, raw, "expected a string: " + expected, fallback);
            }
            return check.test(s) ? s : problem(key, raw, "expected " + expected, fallback);
        }

        String choice(String key, String fallback, List<String> allowed) {
            return string(key, fallback, allowed::contains, String.join(" or ", allowed));
        }

        ZoneId zone(String key, String fallback) {
            String id = string(key, fallback, s -> true, "");
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                problem(key, id, "expected an IANA time zone such as Asia/Shanghai", null);
                return ZoneId.of(fallback);
            }
        }

        Optional<LocalTime> time(String key) {
            String text = string(key, "", s -> s.isEmpty() || HH_MM.matcher(s).matches(), "empty, or a time HH:MM");
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(text));
        }

        /** {@code { "1" = 17 }}: window numbers 1-99 to BCM pins 2-27 (0 and 1 hold the HAT EEPROM), no pin twice. */
        java.util.Map<Integer, Integer> pinTable(String key) {
            String expected = "a table window = BCM pin, e.g. { \"1\" = 17, \"2\" = 27 }; windows 1-99, pins 2-27, "
                    + "each pin once";
            Object raw = toml.get(key);
            if (raw == null) {
                return java.util.Map.of();
            }
            if (!(raw instanceof org.tomlj.TomlTable table)) {
                return problem(key, raw, "expected " + expected, java.util.Map.of());
            }
            java.util.Map<Integer, Integer> out = new java.util.TreeMap<>();
            for (java.util.Map.Entry<String, Object> e : table.toMap().entrySet()) {
                int window;
                try {
                    window = Integer.parseInt(e.getKey());
                } catch (NumberFormatException ex) {
                    window = 0;
                }
                if (window < 1 || window > 99 || !(e.getValue() instanceof Long pin) || pin < 2 || pin > 27
                        || out.containsValue(pin.intValue())) {
                    return problem(key, e.getKey() + " = " + e.getValue(), "expected " + expected,
                            java.util.Map.of());
                }
                out.put(window, pin.intValue());
            }
            return out;
        }

        List<String> strings(String key, Predicate<String> check, String expected) {
            Object raw = toml.get(key);
            if (raw == null) {
                return List.of();
            }
            if (!(raw instanceof org.tomlj.TomlArray array)) {
                return problem(key, raw, "expected a list of strings: " + expected, List.of());
            }
            List<String> out = new ArrayList<>();
            for (Object o : array.toList()) {
                if (!(o instanceof String s) || !check.test(s)) {
                    return problem(key, o, "expected " + expected, List.of());
                }
                out.add(s);
            }
            return out;
        }

        boolean bool(String key, boolean fallback) {
            Object raw = toml.get(key);
            if (raw == null) {
                return fallback;
            }
            if (raw instanceof Boolean b) {
                return b;
            }
            return problem(key, raw, "expected true or false", fallback);
        }

        int integer(String key, int fallback, int min, int max) {
            Object raw = toml.get(key);
            if (raw == null) {
                return fallback;
            }
            if (raw instanceof Long l && l >= min && l <= max) {
                return l.intValue();
            }
            return problem(key, raw, "expected an integer " + min + "-" + max, fallback);
        }

        /** A BCM GPIO pin, 0 for "not fitted" (pins 0 and 1 hold the HAT's ID EEPROM, never a part of ours). */
        java.util.OptionalInt pin(String key) {
            Object raw = toml.get(key);
            if (raw == null || Long.valueOf(0).equals(raw)) {
                return java.util.OptionalInt.empty();
            }
            if (raw instanceof Long l && l >= 2 && l <= 27) {
                return java.util.OptionalInt.of(l.intValue());
            }
            return problem(key, raw, "expected 0, or a BCM pin 2-27", java.util.OptionalInt.empty());
        }

        int integerIn(String key, int fallback, Set<Integer> allowed, String expected) {
            Object raw = toml.get(key);
            if (raw == null) {
                return fallback;
            }
            if (raw instanceof Long l && allowed.contains(l.intValue()) && l == l.intValue()) {
                return l.intValue();
            }
            return problem(key, raw, "expected " + expected, fallback);
        }

        private <T> T problem(String key, Object raw, String expected, T fallback) {
            var position = toml.inputPositionOf(key);
            String shown = raw instanceof String s ? "\"" + s + "\"" : String.valueOf(raw);
            problems.add(new ConfigProblem(file, position == null ? 0 : position.line(), key, shown, expected));
            return fallback;
        }
    }
}
