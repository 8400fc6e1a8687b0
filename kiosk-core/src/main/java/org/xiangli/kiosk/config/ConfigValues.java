package org.xiangli.kiosk.config;

import java.util.HashMap;
import java.util.Map;

/** One value per schema key, typed by the key: what the loader read, or the default where it read nothing usable. */
final class ConfigValues {

    private final Map<String, Object> values = new HashMap<>();

    <T> void put(ConfigKey<T> key, T value) {
        values.put(key.name(), value);
    }

    <T> T get(ConfigKey<T> key) {
        Object value = values.get(key.name());
        if (value == null) {
            throw new IllegalStateException("no value read for " + key.name());
        }
        // put() took a T for this key's name, and names are unique in the schema.
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }
}
