package org.xiangli.kiosk.toml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A TOML table: keys to values in the order the text gives them. A value is a {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code OffsetDateTime}, {@code LocalDateTime}, {@code LocalDate},
 * {@code LocalTime}, {@link TomlArray} or {@code TomlTable}. Read-only to callers: only the reader fills it.
 * Lookups take a dotted key ({@code "queue.call_buttons"}, {@code "a.\"b.c\""}) and go through tables only.
 */
public final class TomlTable {

    private record Entry(Object value, int line) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    TomlTable() {
    }

    /** The value at the dotted key, or null when there is none. */
    public Object get(String dottedKey) {
        Entry entry = entry(dottedKey);
        return entry == null ? null : entry.value();
    }

    public boolean contains(String dottedKey) {
        return entry(dottedKey) != null;
    }

    public boolean isTable(String dottedKey) {
        return get(dottedKey) instanceof TomlTable;
    }

    /** The string at the dotted key; null when it is absent or not a string. */
    public String getString(String dottedKey) {
        return get(dottedKey) instanceof String s ? s : null;
    }

    /** The integer at the dotted key; null when it is absent or not an integer. */
    public Long getLong(String dottedKey) {
        return get(dottedKey) instanceof Long l ? l : null;
    }

    /**
     * The array at the dotted key, or an empty one when there is none.
     *
     * @throws IllegalArgumentException when the key holds something else, naming the key and what it holds
     */
    public TomlArray getArrayOrEmpty(String dottedKey) {
        Object value = get(dottedKey);
        if (value == null) {
            return TomlArray.empty();
        }
        if (value instanceof TomlArray array) {
            return array;
        }
        throw new IllegalArgumentException(dottedKey + " must be an array [...], not " + TomlTypes.describe(value));
    }

    /** The line (from 1) where the key was set or its table begun, if there is such a key. */
    public OptionalInt lineOf(String dottedKey) {
        Entry entry = entry(dottedKey);
        return entry == null ? OptionalInt.empty() : OptionalInt.of(entry.line());
    }

    /** This table's own keys, in order. */
    public Set<String> keySet() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** This table's own entries, in order; nested tables and arrays stay as they are. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            map.put(e.getKey(), e.getValue().value());
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The dotted key of every value that is not a table, going into tables but not into arrays: {@code a.b.c} for
     * {@code [a] b.c = 1}. Tables come in the order they were begun, keys in the order they were set.
     */
    public Set<String> dottedKeySet() {
        Set<String> keys = new LinkedHashSet<>();
        collectDottedKeys(new ArrayList<>(), keys);
        return Collections.unmodifiableSet(keys);
    }

    private void collectDottedKeys(List<String> path, Set<String> keys) {
        // Recursion is safe: the reader bounds a tree's depth (TomlKeys.MAX_PARTS, ValueReader.MAX_NESTING).
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            path.add(e.getKey());
            if (e.getValue().value() instanceof TomlTable table) {
                table.collectDottedKeys(path, keys);
            } else {
                keys.add(TomlKeys.join(path));
            }
            path.removeLast();
        }
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** The direct entry's value, for the reader; null when there is none. */
    Object own(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    int ownLine(String key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.line();
    }

    /** Adds a direct entry; the reader has checked that the key is new. */
    void put(String key, Object value, int line) {
        entries.put(key, new Entry(value, line));
    }

    private Entry entry(String dottedKey) {
        List<String> parts = TomlKeys.split(dottedKey);
        TomlTable table = this;
        for (int i = 0; i < parts.size() - 1; i++) {
            if (!(table.own(parts.get(i)) instanceof TomlTable inner)) {
                return null;
            }
            table = inner;
        }
        return table.entries.get(parts.getLast());
    }
}
