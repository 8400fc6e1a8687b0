package org.xiangli.kiosk.toml;

import java.util.List;

/**
 * What {@link Toml#parse} read: the tree of a valid text, or the errors of an invalid one (then {@code root} is an
 * empty table, never a half-read tree a caller could mistake for the file).
 */
public record TomlDocument(TomlTable root, List<TomlError> errors) {

    public TomlDocument {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
