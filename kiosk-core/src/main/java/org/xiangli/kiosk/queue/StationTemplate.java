package org.xiangli.kiosk.queue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xiangli.kiosk.toml.Toml;
import org.xiangli.kiosk.toml.TomlArray;
import org.xiangli.kiosk.toml.TomlDocument;
import org.xiangli.kiosk.toml.TomlTable;

/**
 * The services and windows a new station starts with: the built-in {@code station-template.toml}, or a county's own
 * file in the same format ({@code [[service]]} tables as the service guide stores them, {@code [[window]]} tables
 * with a number and a name). A new device has no services and so no windows, and nobody could take a ticket or log
 * in at a window; {@code kioskctl init} seeds them from here.
 *
 * @param windowNames window number to the name staff call it, in file order
 */
public record StationTemplate(List<ServiceItem> services, Map<Integer, String> windowNames) {

    public StationTemplate {
        services = List.copyOf(services);
        windowNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(windowNames));
    }

    /** A template file that cannot be used: every problem found, each as "SOURCE:LINE: what is wrong". */
    public static final class InvalidTemplate extends Exception {

        private final List<String> problems;

        InvalidTemplate(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The built-in template (a typical village station). */
    public static StationTemplate standard() {
        try (InputStream in = StationTemplate.class.getResourceAsStream("station-template.toml")) {
            if (in == null) {
                throw new IllegalStateException("station-template.toml is missing from kiosk-core");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "station-template.toml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTemplate e) {
            throw new IllegalStateException("the built-in station template is broken:\n" + e.getMessage(), e);
        }
    }

    /** Parses a template; all its problems at once, with line numbers, when it cannot be used. */
    public static StationTemplate parse(String text, String source) throws InvalidTemplate {
        TomlDocument document = Toml.parse(text);
        List<String> problems = new ArrayList<>();
        document.errors().forEach(e -> problems.add(source + ":" + e.line() + ": " + e.message() + " (column "
                + e.column() + ")"));
        if (!problems.isEmpty()) {
            throw new InvalidTemplate(problems);
        }
        TomlTable toml = document.root();
        List<ServiceItem> services = new ArrayList<>();
        Set<Character> letters = new TreeSet<>();
        TomlArray array = tables(toml, "service", source, problems);
        for (int i = 0; i < array.size(); i++) {
            String at = source + ":" + array.lineOf(i);
            try {
                ServiceItem item = service(array.getTable(i));
                if (!letters.add(item.letter())) {
                    problems.add(at + ": letter " + item.letter() + " is used twice");
                }
                services.add(item);
            } catch (RuntimeException e) {
                problems.add(at + ": " + e.getMessage());
            }
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        TomlArray windows = tables(toml, "window", source, problems);
        for (int i = 0; i < windows.size(); i++) {
            TomlTable t = windows.get(i) instanceof TomlTable table ? table : null;
            Long number = t == null ? null : t.getLong("number");
            String name = t == null ? null : t.getString("name");
            if (number == null || number < 1 || number > QueueAdmin.MAX_WINDOW || name == null) {
                problems.add(source + ":" + windows.lineOf(i) + ": a window needs number = 1-" + QueueAdmin.MAX_WINDOW
                        + " and name = \"...\"");
            } else {
                names.put(number.intValue(), name);
            }
        }
        if (services.isEmpty() && problems.isEmpty()) {
            problems.add(source + ": no [[service]] tables: a station needs at least one service");
        }
        if (!problems.isEmpty()) {
            throw new InvalidTemplate(problems);
        }
        return new StationTemplate(services, names);
    }

    /** The {@code [[key]]} tables; when the key holds something else, a problem and no tables. */
    private static TomlArray tables(TomlTable toml, String key, String source, List<String> problems) {
        try {
            return toml.getArrayOrEmpty(key);
        } catch (IllegalArgumentException e) {
            problems.add(source + ":" + toml.lineOf(key).orElse(0) + ": " + e.getMessage());
            return TomlArray.empty();
        }
    }

    /**
     * Adds this template's services and names its windows through {@code admin}, so every rule of the admin pages
     * holds (name lengths, window numbers). Refused, with nothing changed, when the station has services already.
     */
    public void applyTo(QueueAdmin admin) {
        if (!admin.services().isEmpty()) {
            throw new IllegalStateException("the station has services already");
        }
        for (ServiceItem s : services) {
            admin.saveService(new ServiceEntry(s, false), true);
        }
        for (Map.Entry<Integer, String> w : windowNames.entrySet()) {
            var existing = admin.windows().stream().filter(x -> x.number() == w.getKey()).findFirst();
            if (existing.isPresent()) {
                admin.updateWindow(w.getKey(), w.getValue(), false, new TreeSet<>(existing.get().services()));
            } else {
                admin.addWindow(w.getKey(), w.getValue());
            }
        }
    }

    private static ServiceItem service(TomlTable t) {
        String letter = required(t, "letter");
        if (letter.length() != 1) {
            throw new IllegalArgumentException("letter must be one letter A-Z, got \"" + letter + "\"");
        }
        List<Integer> windows = new ArrayList<>();
        for (Object o : t.getArrayOrEmpty("windows").toList()) {
            if (!(o instanceof Long n)) {
                throw new IllegalArgumentException("windows must be numbers, e.g. windows = [1, 2]");
            }
            windows.add(n.intValue());
        }
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("windows = [...] is missing: which windows serve it");
        }
        return new ServiceItem(letter.charAt(0), required(t, "name"), strings(t.getArrayOrEmpty("documents")),
                strings(t.getArrayOrEmpty("steps")), required(t, "fees"), required(t, "time_limit"), windows);
    }

    private static String required(TomlTable t, String key) {
        Object value = t.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(key + " = \"...\" is missing");
        }
        return s;
    }

    private static List<String> strings(TomlArray array) {
        return array.toList().stream().map(String::valueOf).toList();
    }
}
