package org.xiangli.kiosk.toml;

import java.util.List;

/** A key as written in the text: its parts ({@code a."b c".d} has three) and where it starts, for messages. */
record DottedKey(List<String> parts, int line, int column) {

    DottedKey {
        parts = List.copyOf(parts);
    }

    String last() {
        return parts.getLast();
    }

    /** The key as a message shows it. */
    String shown() {
        return TomlKeys.join(parts);
    }
}
