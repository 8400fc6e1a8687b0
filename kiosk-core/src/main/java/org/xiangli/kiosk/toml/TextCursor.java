package org.xiangli.kiosk.toml;

/**
 * A TOML text being read, one char at a time, with the line and column of where it stands. The readers of keys,
 * strings and values share one cursor; every error they raise is made here, so it names the right place.
 */
final class TextCursor {

    /** What {@link #peek} gives past the end: not a char any TOML text can hold there. */
    static final int END = -1;

    private final String text;
    private int at;
    private int line = 1;
    private int lineStart;

    TextCursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return at >= text.length();
    }

    /** The char here, or {@link #END}. */
    int peek() {
        return peek(0);
    }

    /** The char {@code ahead} chars on, or {@link #END}. */
    int peek(int ahead) {
        int i = at + ahead;
        return i < text.length() ? text.charAt(i) : END;
    }

    boolean startsWith(String s) {
        return text.startsWith(s, at);
    }

    /** Moves past the char here; a newline moves to the next line. */
    char next() {
        char c = text.charAt(at++);
        if (c == '\n') {
            line++;
            lineStart = at;
        }
        return c;
    }

    void skip(int count) {
        for (int i = 0; i < count; i++) {
            next();
        }
    }

    int line() {
        return line;
    }

    int column() {
        return at - lineStart + 1;
    }

    /** Spaces and tabs, the only whitespace TOML has between tokens on a line. */
    void skipBlanks() {
        while (peek() == ' ' || peek() == '\t') {
            next();
        }
    }

    /** Whether a newline (LF or CRLF) starts here. */
    boolean atNewline() {
        return peek() == '\n' || (peek() == '\r' && peek(1) == '\n');
    }

    /** Moves past a newline (LF or CRLF); a lone CR is an error, as TOML knows no such line end. */
    void newline() {
        if (peek() == '\r') {
            next();
            if (peek() != '\n') {
                throw error("a carriage return (CR) must be followed by a line feed (LF)");
            }
        }
        next();
    }

    /** Blanks, an optional comment, then a newline or the end of the text: what must follow every statement. */
    void endOfLine(String after) {
        skipBlanks();
        skipComment();
        if (atEnd()) {
            return;
        }
        if (!atNewline()) {
            throw peek() == '\r' ? error("a carriage return (CR) must be followed by a line feed (LF)")
                    : error("expected the end of the line " + after + ", found " + shown(peek()));
        }
        newline();
    }

    /** A comment from '#' to the end of the line (the newline is left); control chars are not allowed in it. */
    void skipComment() {
        if (peek() != '#') {
            return;
        }
        while (!atEnd() && !atNewline()) {
            int c = peek();
            if (c == '\r') {
                throw error("a carriage return (CR) must be followed by a line feed (LF)");
            }
            if (isControl(c) && c != '\t') {
                throw error("a comment cannot hold the control character " + shown(c));
            }
            next();
        }
    }

    /** Blanks, comments and newlines, as arrays allow between their values. */
    void skipBlanksCommentsAndNewlines() {
        while (true) {
            skipBlanks();
            skipComment();
            if (!atNewline()) {
                return;
            }
            newline();
        }
    }

    /** The chars from {@code from} (a {@link #mark}) to here. */
    String since(int from) {
        return text.substring(from, at);
    }

    int mark() {
        return at;
    }

    TomlSyntaxException error(String message) {
        return new TomlSyntaxException(line, column(), message);
    }

    static TomlSyntaxException errorAt(int line, int column, String message) {
        return new TomlSyntaxException(line, column, message);
    }

    /** U+0000 to U+001F and U+007F: TOML allows only tab (and newlines where lines may end) of these. */
    static boolean isControl(int c) {
        return (c >= 0 && c < 0x20) || c == 0x7f;
    }

    /** A char as a message shows it: 'x', or its code point when it is invisible. */
    static String shown(int c) {
        if (c == END) {
            return "the end of the file";
        }
        if (c == '\n' || c == '\r') {
            return "the end of the line";
        }
        if (c == ' ' || c == '\t') {
            return c == ' ' ? "a space" : "a tab";
        }
        if (isControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c)) {
            return "U+%04X".formatted(c);
        }
        return "'" + (char) c + "'";
    }
}
