package org.xiangli.provisioning.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.ConfigSchema;
import org.xiangli.kiosk.config.TomlText;
import org.xiangli.kiosk.config.KioskConfig;

/**
 * A kiosk config being written by kioskctl ({@code init}, {@code batch}): the keys a technician set, as TOML,
 * checked by the kiosk's own {@link ConfigLoader} before anything is written. Keys left out keep their defaults.
 */
public final class ConfigDraft {

    // key -> TOML value, written in the order of ConfigSchema.KEYS so the file reads like 'config example'.
    private final Map<String, String> values = new LinkedHashMap<>();

    public ConfigDraft set(String key, String value) {
        if (ConfigSchema.find(key).isEmpty()) {
            throw new IllegalArgumentException("unknown config key " + key);
        }
        values.put(key, TomlText.quote(value));
        return this;
    }

    public ConfigDraft setList(String key, List<String> items) {
        values.put(key, items.stream().map(TomlText::quote).collect(Collectors.joining(", ", "[", "]")));
        return this;
    }

    public ConfigDraft setNumber(String key, int value) {
        values.put(key, Integer.toString(value));
        return this;
    }

    /** The TOML text, grouped by section in the schema's order. */
    public String toToml() {
        StringBuilder sb = new StringBuilder("# Xiangli kiosk configuration, written by kioskctl. "
                + "'kioskctl config example' lists every key.\n");
        String section = "";
        for (var key : ConfigSchema.KEYS) {
            String value = values.get(key.name());
            if (value == null) {
                continue;
            }
            if (!key.section().equals(section)) {
                section = key.section();
                sb.append("\n[").append(section).append("]\n");
            }
            sb.append("# ").append(key.description()).append('\n');
            sb.append(key.field()).append(" = ").append(value).append('\n');
        }
        return sb.toString();
    }

    /** Parses the text exactly as the kiosk will; the exception names the key and what it expects. */
    public KioskConfig validate(String fileName) throws ConfigException {
        return new ConfigLoader().parse(toToml(), fileName);
    }
}
