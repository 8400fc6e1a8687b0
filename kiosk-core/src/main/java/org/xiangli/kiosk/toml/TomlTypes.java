package org.xiangli.kiosk.toml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** The names of TOML's types, as messages to a technician use them. */
final class TomlTypes {

    private TomlTypes() {
    }

    static String describe(Object value) {
        return switch (value) {
            case String s -> "a string";
            case Long l -> "an integer";
            case Double d -> "a float";
            case Boolean b -> "a boolean";
            case OffsetDateTime t -> "a date-time";
            case LocalDateTime t -> "a local date-time";
            case LocalDate d -> "a date";
            case LocalTime t -> "a time";
            case TomlArray a -> "an array";
            case TomlTable t -> "a table";
            default -> value.getClass().getSimpleName();
        };
    }
}
