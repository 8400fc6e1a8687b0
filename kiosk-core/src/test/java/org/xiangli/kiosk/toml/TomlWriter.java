package org.xiangli.kiosk.toml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes a tree back as TOML, one root-level dotted key per value, arrays and tables inside values inline: what
 * the fuzz tests read again to see that an accepted text's values survive a round trip.
 */
final class TomlWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private TomlWriter() {
    }

    static String write(TomlTable root) {
        StringBuilder sb = new StringBuilder();
        write(root, new ArrayList<>(), sb);
        return sb.toString();
    }

    private static void write(TomlTable table, List<String> path, StringBuilder sb) {
        for (Map.Entry<String, Object> e : table.toMap().entrySet()) {
            path.add(e.getKey());
            if (e.getValue() instanceof TomlTable inner && !inner.isEmpty()) {
                write(inner, path, sb);
            } else {
                sb.append(TomlKeys.join(path)).append(" = ").append(value(e.getValue())).append('\n');
            }
            path.removeLast();
        }
    }

    static String value(Object value) {
        return switch (value) {
            case String s -> TomlKeys.quoted(s);
            case Double d when d.isNaN() -> "nan";
            case Double d when d.isInfinite() -> d > 0 ? "inf" : "-inf";
            case OffsetDateTime t -> DATE.format(t) + "T" + TIME.format(t) + t.getOffset().getId();
            case LocalDateTime t -> DATE.format(t) + "T" + TIME.format(t);
            case LocalDate d -> DATE.format(d);
            case LocalTime t -> TIME.format(t);
            case TomlArray a -> {
                StringJoiner items = new StringJoiner(", ", "[", "]");
                a.toList().forEach(item -> items.add(value(item)));
                yield items.toString();
            }
            case TomlTable t -> {
                StringJoiner entries = new StringJoiner(", ", "{", "}");
                t.toMap().forEach((k, v) -> entries.add(TomlKeys.quotedIfNeeded(k) + " = " + value(v)));
                yield entries.toString();
            }
            default -> value.toString();
        };
    }
}
