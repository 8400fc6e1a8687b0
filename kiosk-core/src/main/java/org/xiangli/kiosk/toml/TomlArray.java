package org.xiangli.kiosk.toml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A TOML array: values in order, of any types (TOML 1.0 allows mixing them), or the tables of an array of tables
 * ({@code [[service]]}). Read-only to callers: only the reader fills it.
 */
public final class TomlArray {

    private final List<Object> values = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    TomlArray() {
    }

    /** An array with no values, for a caller's default. */
    public static TomlArray empty() {
        return new TomlArray();
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Object get(int index) {
        return values.get(index);
    }

    /**
     * The table at {@code index}.
     *
     * @throws IllegalArgumentException when the value there is not a table, saying what it is
     */
    public TomlTable getTable(int index) {
        if (values.get(index) instanceof TomlTable table) {
            return table;
        }
        throw new IllegalArgumentException("item " + (index + 1) + " must be a table, not "
                + TomlTypes.describe(values.get(index)));
    }

    /** The line (from 1) where the value at {@code index} begins; for an array of tables, its {@code [[...]]}. */
    public int lineOf(int index) {
        return lines.get(index);
    }

    /** The values, in order; nested arrays and tables stay as they are. */
    public List<Object> toList() {
        return Collections.unmodifiableList(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Appends a value, for the reader. */
    void add(Object value, int line) {
        values.add(value);
        lines.add(line);
    }

    /** The last value, for the reader (a header inside an array of tables goes into its last table). */
    Object last() {
        return values.getLast();
    }
}
