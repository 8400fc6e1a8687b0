package org.xiangli.kiosk.config;

import java.util.List;

/** The schema written out for people: the example file {@code kioskctl config example} prints, the README's table. */
public final class ConfigDocs {

    /** The README's table sits between these two lines; a test keeps it equal to {@link #markdownTable()}. */
    public static final String TABLE_START = "<!-- config-table:start -->";
    public static final String TABLE_END = "<!-- config-table:end -->";

    private ConfigDocs() {
    }

    /** An example file with every key at its default and its description; it parses back to the defaults. */
    public static String exampleToml() {
        return exampleToml(ConfigSchema.KEYS);
    }

    static String exampleToml(List<ConfigKey<?>> keys) {
        StringBuilder sb = new StringBuilder("# Xiangli kiosk configuration. Every key is optional.\n");
        String section = "";
        for (ConfigKey<?> key : keys) {
            if (!key.section().equals(section)) {
                section = key.section();
                sb.append("\n[").append(section).append("]\n");
            }
            sb.append("# ").append(key.description()).append(" (").append(key.expected()).append(")\n");
            sb.append(key.field()).append(" = ").append(key.defaultToml()).append('\n');
        }
        return sb.toString();
    }

    /** The README's configuration table: key, default, expected value, meaning. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder("| key | default | expected | meaning |\n|---|---|---|---|\n");
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            sb.append("| `").append(key.name()).append("` | `").append(cell(key.documentedDefault())).append("` | ")
                    .append(cell(key.expected())).append(" | ").append(cell(key.description())).append(" |\n");
        }
        return sb.toString();
    }

    /** Replaces the table between the markers in a README's text; the text around it is kept. */
    public static String withTable(String readme) {
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the README has no " + TABLE_START + " ... " + TABLE_END + " section");
        }
        return readme.substring(0, start) + TABLE_START + "\n" + markdownTable() + readme.substring(end);
    }

    /** The table as it stands between the markers, or empty text when the markers are missing. */
    public static String tableIn(String readme) {
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        if (start < 0 || end < start) {
            return "";
        }
        return readme.substring(start + TABLE_START.length(), end).strip() + "\n";
    }

    private static String cell(String text) {
        // A '|' would end the cell early.
        return text.replace("|", "\\|");
    }
}
