package org.xiangli.kiosk.toml;

/**
 * The one way the reader's parts give up on a text; {@link Toml#parse} turns it into a {@link TomlError}. It never
 * leaves the package.
 */
final class TomlSyntaxException extends RuntimeException {

    private final transient TomlError error;

    TomlSyntaxException(int line, int column, String message) {
        // No stack trace: this is a verdict on a file, not a bug to trace, and a broken file is read cold at start.
        super(message, null, false, false);
        this.error = new TomlError(line, column, message);
    }

    TomlError error() {
        return error;
    }
}
