package org.xiangli.kiosk.toml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grows the tree as the text defines it, and keeps TOML's rules on what may define what: a key is set once; a
 * table is defined by one {@code [header]}; tables made by dotted keys cannot be opened by a header, nor can
 * dotted keys add to a table a header defined; inline tables and arrays of values are complete once written;
 * {@code [[name]]} appends a table to an array of tables.
 */
final class TreeBuilder {

    /** How a table came to be, which decides what may still add to it. */
    private enum Origin {
        /** Only named on the way to another table's header ({@code a} in {@code [a.b]}): a header may define it. */
        IMPLICIT,
        /** Defined by its own header, or the root. */
        HEADER,
        /** Made by a dotted key ({@code a} in {@code a.b = 1}). */
        DOTTED,
        /** An inline table {@code { ... }} or a table inside one. */
        INLINE
    }

    private final TomlTable root = new TomlTable();
    private final Map<TomlTable, Origin> origins = new IdentityHashMap<>();
    /** Arrays made by {@code [[name]]}: only these take more tables; {@code name = [...]} is complete. */
    private final Set<TomlArray> tableArrays = Collections.newSetFromMap(new IdentityHashMap<>());
    private TomlTable section = root;
    private List<String> sectionPath = List.of();

    TreeBuilder() {
        origins.put(root, Origin.HEADER);
    }

    TomlTable root() {
        return root;
    }

    List<String> sectionPath() {
        return sectionPath;
    }

    /** {@code [a.b]}: the table the next keys go into. */
    void table(DottedKey header) {
        TomlTable parent = walkForHeader(header, false);
        Object existing = parent.own(header.last());
        if (existing == null) {
            TomlTable table = newTable(Origin.HEADER);
            parent.put(header.last(), table, header.line());
            enter(table, header);
            return;
        }
        if (existing instanceof TomlTable table && origins.get(table) == Origin.IMPLICIT) {
            origins.put(table, Origin.HEADER);
            enter(table, header);
            return;
        }
        int line = parent.ownLine(header.last());
        String written = written(header, false);
        String why;
        if (existing instanceof TomlTable table) {
            why = switch (origins.get(table)) {
                case DOTTED -> "the table " + written + " cannot be opened here: line " + line
                        + " made it with dotted keys";
                case INLINE -> "the table " + written + " cannot be opened: it is an inline table { ... } (line "
                        + line + "), complete once written";
                default -> "the table " + written + " is defined twice: first on line " + line;
            };
        } else if (existing instanceof TomlArray array && tableArrays.contains(array)) {
            why = header.shown() + " is an array of tables (line " + line + "): add a table to it with [["
                    + header.shown() + "]]";
        } else {
            why = written + " cannot be a table: " + header.shown() + " is already " + TomlTypes.describe(existing)
                    + " (line " + line + ")";
        }
        throw error(header, why);
    }

    /** {@code [[a.b]]}: a new table at the end of the array of tables, where the next keys go. */
    void arrayTable(DottedKey header) {
        TomlTable parent = walkForHeader(header, true);
        Object existing = parent.own(header.last());
        TomlTable table = newTable(Origin.HEADER);
        if (existing == null) {
            TomlArray array = new TomlArray();
            tableArrays.add(array);
            parent.put(header.last(), array, header.line());
            array.add(table, header.line());
        } else if (existing instanceof TomlArray array && tableArrays.contains(array)) {
            array.add(table, header.line());
        } else {
            int line = parent.ownLine(header.last());
            throw error(header, existing instanceof TomlArray
                    ? written(header, true) + " cannot add to " + header.shown() + ": it is an array of values [...]"
                            + " (line " + line + "), complete once written"
                    : written(header, true) + " cannot make an array of tables: " + header.shown() + " is already "
                            + TomlTypes.describe(existing) + " (line " + line + ")");
        }
        enter(table, header);
    }

    /** The parent of a header's last part, through tables and the last table of each array of tables. */
    private TomlTable walkForHeader(DottedKey header, boolean arrayHeader) {
        TomlTable table = root;
        List<String> parts = header.parts();
        for (int i = 0; i < parts.size() - 1; i++) {
            String part = parts.get(i);
            Object existing = table.own(part);
            if (existing == null) {
                TomlTable inner = newTable(Origin.IMPLICIT);
                table.put(part, inner, header.line());
                table = inner;
            } else if (existing instanceof TomlTable inner && origins.get(inner) != Origin.INLINE) {
                table = inner;
            } else if (existing instanceof TomlArray array && tableArrays.contains(array)) {
                table = (TomlTable) array.last();
            } else {
                String name = prefix(List.of(), parts, i);
                String what = existing instanceof TomlTable ? "an inline table { ... }, complete once written"
                        : "already " + TomlTypes.describe(existing);
                throw error(header, written(header, arrayHeader) + " cannot go into " + name + ": it is " + what
                        + " (line " + table.ownLine(part) + ")");
            }
        }
        return table;
    }

    private void enter(TomlTable table, DottedKey header) {
        section = table;
        sectionPath = header.parts();
    }

    /** {@code key = value} in the current section. */
    void assign(DottedKey key, Object value) {
        assign(section, sectionPath, key, value);
    }

    /** {@code key = value} in {@code table} (a section, or an inline table being read) whose path is given. */
    void assign(TomlTable table, List<String> tablePath, DottedKey key, Object value) {
        TomlTable target = table;
        List<String> parts = key.parts();
        for (int i = 0; i < parts.size() - 1; i++) {
            String part = parts.get(i);
            Object existing = target.own(part);
            if (existing == null) {
                TomlTable inner = newTable(Origin.DOTTED);
                target.put(part, inner, key.line());
                target = inner;
            } else if (existing instanceof TomlTable inner && dottedKeysMayAddTo(inner)) {
                origins.put(inner, Origin.DOTTED);
                target = inner;
            } else {
                String name = prefix(tablePath, parts, i);
                String why = !(existing instanceof TomlTable inner) ? "it is already " + TomlTypes.describe(existing)
                        : origins.get(inner) == Origin.INLINE ? "it is an inline table { ... }, complete once written"
                        : "the header [" + name + "] defined it";
                throw error(key, "dotted keys cannot add to " + name + ": " + why + " (line "
                        + target.ownLine(part) + ")");
            }
        }
        if (target.own(key.last()) != null) {
            throw error(key, "duplicate key \"" + TomlKeys.join(concat(tablePath, parts)) + "\": it was set on line "
                    + target.ownLine(key.last()));
        }
        target.put(key.last(), value, key.line());
    }

    /** Tables made by dotted keys, or only named on the way to a header; never one a header or braces defined. */
    private boolean dottedKeysMayAddTo(TomlTable table) {
        Origin origin = origins.get(table);
        return origin == Origin.DOTTED || origin == Origin.IMPLICIT;
    }

    /** A table for an inline table's entries; {@link #freeze} it once its closing brace is read. */
    TomlTable inlineTable() {
        return newTable(Origin.DOTTED);
    }

    /** An inline table and the tables its dotted keys made are complete: nothing may add to them any more. */
    void freeze(TomlTable table) {
        origins.put(table, Origin.INLINE);
        for (Object value : table.toMap().values()) {
            if (value instanceof TomlTable inner && origins.get(inner) != Origin.INLINE) {
                freeze(inner);
            }
        }
    }

    private TomlTable newTable(Origin origin) {
        TomlTable table = new TomlTable();
        origins.put(table, origin);
        return table;
    }

    /** A header as the text has it, for a message: {@code [a.b]} or {@code [[a.b]]}. */
    private static String written(DottedKey header, boolean arrayHeader) {
        return arrayHeader ? "[[" + header.shown() + "]]" : "[" + header.shown() + "]";
    }

    /** The key up to its part {@code i}, for a message. */
    private static String prefix(List<String> tablePath, List<String> parts, int i) {
        return TomlKeys.join(concat(tablePath, parts.subList(0, i + 1)));
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private static TomlSyntaxException error(DottedKey key, String message) {
        return TextCursor.errorAt(key.line(), key.column(), message);
    }
}
