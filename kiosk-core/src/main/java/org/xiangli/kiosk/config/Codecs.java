package org.xiangli.kiosk.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.xiangli.hal.printer.InvalidPrinterAddressException;
import org.xiangli.hal.printer.PrinterAddress;
import org.xiangli.kiosk.config.ConfigCodec.InvalidValue;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.toml.TomlArray;

/** The kinds of value kiosk.toml holds, each with its check and its description, for {@link ConfigSchema}. */
final class Codecs {

    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");
    private static final Pattern BROKER_URL = Pattern.compile("(ssl|tcp)://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|(ssl|tcp)://\\[[0-9A-Fa-f:]+\\](:[0-9]{1,5})?");
    private static final Pattern HOST = Pattern.compile(
            "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private Codecs() {
    }

    /** Reads a TOML string; {@code read} turns it into the value or refuses it. */
    @FunctionalInterface
    interface StringReader<T> {
        T read(String text) throws InvalidValue;
    }

    static <T> ConfigCodec<T> fromString(String expected, StringReader<T> read, Function<T, String> write) {
        return new ConfigCodec<>() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public T decode(Object raw) throws InvalidValue {
                if (!(raw instanceof String s)) {
                    throw new InvalidValue("expected a string: " + expected);
                }
                return read.read(s);
            }

            @Override
            public String toToml(T value) {
                return TomlText.quote(write.apply(value));
            }
        };
    }

    static ConfigCodec<String> text(String expected, Predicate<String> valid) {
        return fromString(expected, s -> {
            if (!valid.test(s)) {
                throw new InvalidValue("expected " + expected);
            }
            return s;
        }, Function.identity());
    }

    /** One of a few words, each standing for a value; the words are listed in this order in the description. */
    static <T> ConfigCodec<T> choice(List<Map.Entry<String, T>> options) {
        List<String> words = options.stream().map(Map.Entry::getKey).toList();
        String expected = String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
        return fromString(expected, s -> options.stream().filter(o -> o.getKey().equals(s)).findFirst()
                        .orElseThrow(() -> new InvalidValue("expected " + expected)).getValue(),
                value -> options.stream().filter(o -> o.getValue().equals(value)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("not a choice: " + value)).getKey());
    }

    /** An enum written in lower case ({@code "landscape"}), its constants in declaration order. */
    static <E extends Enum<E>> ConfigCodec<E> lowerCase(Class<E> type) {
        return choice(Arrays.stream(type.getEnumConstants())
                .map(e -> Map.entry(e.name().toLowerCase(Locale.ROOT), e)).toList());
    }

    static ConfigCodec<Boolean> bool() {
        return new ConfigCodec<>() {
            @Override
            public String expected() {
                return "true or false";
            }

            @Override
            public Boolean decode(Object raw) throws InvalidValue {
                if (raw instanceof Boolean b) {
                    return b;
                }
                throw new InvalidValue("expected " + expected());
            }

            @Override
            public String toToml(Boolean value) {
                return value.toString();
            }
        };
    }

    /** A TOML integer accepted by {@code valid}; a wrong type and a wrong number get the same message. */
    static ConfigCodec<Integer> integer(String expected, Predicate<Long> valid) {
        return new ConfigCodec<>() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public Integer decode(Object raw) throws InvalidValue {
                if (raw instanceof Long l && l == l.intValue() && valid.test(l)) {
                    return l.intValue();
                }
                throw new InvalidValue("expected " + expected);
            }

            @Override
            public String toToml(Integer value) {
                return value.toString();
            }
        };
    }

    static ConfigCodec<Integer> integer(int min, int max) {
        return integer("an integer " + min + "-" + max, l -> l >= min && l <= max);
    }

    /** One of a few numbers: "58 or 80", "one of 9600, 19200, ...". */
    static ConfigCodec<Integer> oneOf(List<Integer> allowed) {
        List<String> shown = allowed.stream().map(String::valueOf).toList();
        String expected = allowed.size() == 2 ? shown.get(0) + " or " + shown.get(1)
                : "one of " + String.join(", ", shown);
        return integer(expected, l -> allowed.contains(l.intValue()));
    }

    static ConfigCodec<Duration> seconds(int min, int max) {
        return integer(min, max).map(Duration::ofSeconds, d -> Math.toIntExact(d.toSeconds()));
    }

    static ConfigCodec<Duration> days(int min, int max) {
        return integer(min, max).map(Duration::ofDays, d -> Math.toIntExact(d.toDays()));
    }

    static ConfigCodec<Duration> minutes(int min, int max) {
        return integer(min, max).map(Duration::ofMinutes, d -> Math.toIntExact(d.toMinutes()));
    }

    /** A BCM GPIO pin, 0 for "not fitted" (pins 0 and 1 hold the HAT's ID EEPROM, never a part of ours). */
    static ConfigCodec<OptionalInt> gpioPin() {
        return integer("0, or a BCM pin 2-27", l -> l == 0 || (l >= 2 && l <= 27))
                .map(pin -> pin == 0 ? OptionalInt.empty() : OptionalInt.of(pin), pin -> pin.orElse(0));
    }

    static ConfigCodec<ZoneId> timeZone() {
        String expected = "an IANA time zone such as Asia/Shanghai";
        return fromString(expected, s -> {
            try {
                return ZoneId.of(s);
            } catch (DateTimeException e) {
                throw new InvalidValue("expected " + expected);
            }
        }, ZoneId::getId);
    }

    static ConfigCodec<Optional<LocalTime>> optionalTime() {
        return text("empty, or a time HH:MM", s -> s.isEmpty() || HH_MM.matcher(s).matches())
                .map(s -> s.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(s)),
                        t -> t.map(Codecs::hhMm).orElse(""));
    }

    private static String hhMm(LocalTime time) {
        return "%02d:%02d".formatted(time.getHour(), time.getMinute());
    }

    static ConfigCodec<String> optionalHttpUrl() {
        return text("empty, or an http:// or https:// URL", s -> s.isEmpty() || HTTP_URL.matcher(s).matches());
    }

    /** A live service that receives ID numbers: HTTPS only (plain HTTP to loopback, see {@link SecureUrls}). */
    static ConfigCodec<String> optionalHttpsUrl() {
        return text("empty, or an https:// URL (http:// only to 127.0.0.1)",
                s -> s.isEmpty() || SecureUrls.isHttpsOrLoopback(s));
    }

    /** Host names as a URL has them ({@code pay.example.cn}), lower case; an empty list is allowed. */
    static ConfigCodec<List<String>> hostNames() {
        return stringList("a list of host names such as \"pay.example.cn\"", s -> HOST.matcher(s).matches());
    }

    /** A TOML array of strings, each accepted by {@code valid}; a bad one is named in the report. */
    static ConfigCodec<List<String>> stringList(String expected, Predicate<String> valid) {
        return new ConfigCodec<>() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public List<String> decode(Object raw) throws InvalidValue {
                if (!(raw instanceof TomlArray array)) {
                    throw new InvalidValue("expected " + expected);
                }
                List<String> items = new ArrayList<>();
                for (Object item : array.toList()) {
                    if (!(item instanceof String s) || !valid.test(s)) {
                        throw new InvalidValue("expected " + expected, item);
                    }
                    items.add(s);
                }
                return List.copyOf(items);
            }

            @Override
            public String toToml(List<String> value) {
                return value.stream().map(TomlText::quote).collect(Collectors.joining(", ", "[", "]"));
            }
        };
    }

    /** A device node ({@code /dev/ttyUSB0}); whether it exists is kioskctl diag's business, not the config's. */
    static ConfigCodec<String> devicePath() {
        return text("a device path", s -> s.startsWith("/"));
    }

    static ConfigCodec<Path> absoluteDirectory() {
        return path("an absolute directory path", s -> s.startsWith("/"));
    }

    /** An MQTT broker: ssl:// (TLS) or tcp://, a host and a port. */
    static ConfigCodec<String> optionalBrokerUrl() {
        return text("empty, or ssl://HOST:PORT or tcp://HOST:PORT",
                s -> s.isEmpty() || BROKER_URL.matcher(s).matches());
    }

    static ConfigCodec<Path> absoluteFile() {
        return path("an absolute file path", s -> s.startsWith("/") && !s.endsWith("/"));
    }

    static ConfigCodec<String> optionalAbsoluteFile() {
        return text("empty, or an absolute file path", s -> s.isEmpty() || s.startsWith("/"));
    }

    /** A file path; a relative one is resolved by its user (see {@link KioskConfig#paymentsKeyFile()}). */
    static ConfigCodec<Path> file(String expected) {
        return path(expected, s -> !s.isBlank());
    }

    private static ConfigCodec<Path> path(String expected, Predicate<String> valid) {
        return fromString(expected, s -> {
            if (!valid.test(s)) {
                throw new InvalidValue("expected " + expected);
            }
            try {
                return Path.of(s);
            } catch (InvalidPathException e) {
                // A NUL ("\u0000" in TOML) is not a path on any system; it must be a problem, not a crash.
                throw new InvalidValue("expected " + expected);
            }
        }, Path::toString);
    }

    static ConfigCodec<String> pinHash() {
        return text("a hash written by kioskctl (pbkdf2-sha256$...)", PinHash::isWellFormed);
    }

    static ConfigCodec<PrinterAddress> printer() {
        return fromString(PrinterAddress.FORMS, s -> {
            try {
                return PrinterAddress.parse(s);
            } catch (InvalidPrinterAddressException e) {
                String reason = e.reason().isEmpty() ? "" : " (" + e.reason() + ")";
                throw new InvalidValue("expected " + PrinterAddress.FORMS + reason);
            }
        }, PrinterAddress::text);
    }

    /** Publisher keys as {@code publisher.pub} holds them; a bad one is named in the report. */
    static ConfigCodec<List<String>> publisherKeys() {
        return stringList("a list of publisher keys \"ed25519:...\" (publisher.pub)", PublisherKey::isWellFormed);
    }
}
