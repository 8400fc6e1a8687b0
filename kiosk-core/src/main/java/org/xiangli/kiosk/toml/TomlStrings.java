package org.xiangli.kiosk.toml;

import static org.xiangli.kiosk.toml.TextCursor.END;

/**
 * The four string forms of TOML: basic {@code "..."} with escapes, literal {@code '...'} as written, and their
 * multi-line forms {@code """..."""} and {@code '''...'''}. Control characters other than tab must be escaped
 * (only a basic string can); newlines in a multi-line string are read as LF whatever the file uses.
 */
final class TomlStrings {

    private TomlStrings() {
    }

    static boolean startsHere(TextCursor in) {
        return in.peek() == '"' || in.peek() == '\'';
    }

    /** A string value in any form; the cursor stands on its first quote. */
    static String value(TextCursor in) {
        if (in.startsWith("\"\"\"")) {
            return multiLine(in, '"');
        }
        if (in.startsWith("'''")) {
            return multiLine(in, '\'');
        }
        return oneLine(in);
    }

    /** A quoted key: the one-line forms only. */
    static String key(TextCursor in) {
        if (in.startsWith("\"\"\"") || in.startsWith("'''")) {
            throw in.error("a key cannot be a multi-line string");
        }
        return oneLine(in);
    }

    private static String oneLine(TextCursor in) {
        int line = in.line();
        int column = in.column();
        char quote = in.next();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == quote) {
                in.next();
                return sb.toString();
            }
            if (c == END || c == '\n' || (c == '\r' && in.peek(1) == '\n')) {
                throw TextCursor.errorAt(line, column, "this string is not closed: " + quote
                        + " is missing before the end of the line");
            }
            if (c == '\\' && quote == '"') {
                escape(in, sb);
            } else {
                sb.append(plain(in));
            }
        }
    }

    private static String multiLine(TextCursor in, char quote) {
        int line = in.line();
        int column = in.column();
        in.skip(3);
        // A newline right after the opening quotes is not part of the string, so its text can start on a line.
        if (in.atNewline()) {
            in.newline();
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == END) {
                throw TextCursor.errorAt(line, column, "this multi-line string is not closed: " + ("" + quote).repeat(3)
                        + " is missing");
            }
            if (c == quote) {
                int run = 0;
                while (in.peek(run) == quote) {
                    run++;
                }
                if (run >= 3) {
                    // Up to two quotes may end the text just before the closing three.
                    if (run > 5) {
                        throw in.error("a multi-line string cannot hold three " + quote + " in a row");
                    }
                    sb.append(String.valueOf(quote).repeat(run - 3));
                    in.skip(run);
                    return sb.toString();
                }
                sb.append(String.valueOf(quote).repeat(run));
                in.skip(run);
            } else if (in.atNewline()) {
                in.newline();
                sb.append('\n');
            } else if (c == '\\' && quote == '"' && lineEndingBackslash(in)) {
                skipWhitespaceAndNewlines(in);
            } else if (c == '\\' && quote == '"') {
                escape(in, sb);
            } else {
                sb.append(plain(in));
            }
        }
    }

    /** A backslash with only blanks after it on its line: the text goes on at the next non-blank char. */
    private static boolean lineEndingBackslash(TextCursor in) {
        int i = 1;
        while (in.peek(i) == ' ' || in.peek(i) == '\t') {
            i++;
        }
        return in.peek(i) == '\n' || (in.peek(i) == '\r' && in.peek(i + 1) == '\n');
    }

    private static void skipWhitespaceAndNewlines(TextCursor in) {
        in.next();
        while (true) {
            in.skipBlanks();
            if (!in.atNewline()) {
                return;
            }
            in.newline();
        }
    }

    /** A char taken as it is; control chars other than tab are refused. */
    private static char plain(TextCursor in) {
        int c = in.peek();
        if (c == '\r') {
            throw in.error("a carriage return (CR) must be followed by a line feed (LF)");
        }
        if (TextCursor.isControl(c) && c != '\t') {
            throw in.error("a string cannot hold the control character " + TextCursor.shown(c)
                    + "; in a \"...\" string write it as \\u%04X".formatted(c));
        }
        return in.next();
    }

    private static void escape(TextCursor in, StringBuilder sb) {
        int line = in.line();
        int column = in.column();
        in.next();
        int c = in.peek();
        switch (c) {
            case 'b' -> sb.append('\b');
            case 't' -> sb.append('\t');
            case 'n' -> sb.append('\n');
            case 'f' -> sb.append('\f');
            case 'r' -> sb.append('\r');
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case 'u', 'U' -> {
                in.next();
                sb.appendCodePoint(codePoint(in, c == 'u' ? 4 : 8, line, column));
                return;
            }
            default -> throw TextCursor.errorAt(line, column, "\\" + (c == END ? "" : Character.toString(c))
                    + " is not an escape TOML knows (write \\\\ for a backslash)");
        }
        in.next();
    }

    private static int codePoint(TextCursor in, int digits, int line, int column) {
        long value = 0;
        for (int i = 0; i < digits; i++) {
            int digit = hexDigit(in.peek());
            if (digit < 0) {
                throw TextCursor.errorAt(line, column, "\\" + (digits == 4 ? "u" : "U") + " needs " + digits
                        + " hex digits");
            }
            value = value * 16 + digit;
            in.next();
        }
        if (value > Character.MAX_CODE_POINT
                || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            throw TextCursor.errorAt(line, column, "U+%X is not a Unicode character".formatted(value));
        }
        return (int) value;
    }

    /** 0-15 for an ASCII hex digit, else -1 (Character.digit would take full-width and other scripts' digits). */
    static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
