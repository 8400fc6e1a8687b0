package org.xiangli.kiosk.toml;

/**
 * Why a TOML text could not be read, and where: {@code line} and {@code column} count from 1 (a column counts
 * UTF-16 chars, so a Chinese character is one column); the message is plain English for a technician.
 */
public record TomlError(int line, int column, String message) {

    /** "line 3, column 7: expected '=' after the key". */
    public String describe() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
