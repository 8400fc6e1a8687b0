package org.xiangli.kiosk.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One key of kiosk.toml, declared once in {@link ConfigSchema}: its name, how its value is read and checked, its
 * default, whether the county hub may set it remotely, and what it means. The loader, {@code kioskctl config} and the
 * README's table are all made from these declarations.
 *
 * @param remoteSettable a presentation or queue rule the county hub may later set from afar; wiring, identity,
 *                       secrets and service addresses are set at the device only
 * @param shownDefault   how documentation shows the default when its TOML is unreadable (a hash); empty = the TOML
 */
public record ConfigKey<T>(String name, ConfigCodec<T> codec, T defaultValue, boolean remoteSettable,
                           String description, Optional<String> shownDefault) {

    public ConfigKey {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(shownDefault, "shownDefault");
        if (!name.matches("[a-z]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("a key is section.name in lower case: " + name);
        }
    }

    /** A key set at the device only. */
    static <T> ConfigKey<T> local(String name, ConfigCodec<T> codec, T defaultValue, String description) {
        return new ConfigKey<>(name, codec, defaultValue, false, description, Optional.empty());
    }

    /** A key the county hub may set remotely. */
    static <T> ConfigKey<T> remote(String name, ConfigCodec<T> codec, T defaultValue, String description) {
        return new ConfigKey<>(name, codec, defaultValue, true, description, Optional.empty());
    }

    ConfigKey<T> shownInDocsAs(String text) {
        return new ConfigKey<>(name, codec, defaultValue, remoteSettable, description, Optional.of(text));
    }

    /** The table it sits in: {@code display} for {@code display.width}. */
    public String section() {
        return name.substring(0, name.indexOf('.'));
    }

    /** Its name inside the table: {@code width} for {@code display.width}. */
    public String field() {
        return name.substring(name.indexOf('.') + 1);
    }

    public String defaultToml() {
        return codec.toToml(defaultValue);
    }

    /** What a valid value looks like. */
    public String expected() {
        return codec.expected();
    }

    /** The default as documentation shows it. */
    public String documentedDefault() {
        return shownDefault.orElseGet(this::defaultToml);
    }
}
