package org.xiangli.kiosk.toml;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys: read from a text (bare {@code code}, quoted {@code "1"} or {@code 'a b'}, dotted {@code a . b}), split
 * from a dotted key a caller looks up, and joined back for messages and {@link TomlTable#dottedKeySet()}.
 */
final class TomlKeys {

    /** More parts than any real file has; the tree's depth is bounded so walking it cannot overflow the stack. */
    static final int MAX_PARTS = 100;

    private TomlKeys() {
    }

    static DottedKey read(TextCursor in) {
        int line = in.line();
        int column = in.column();
        List<String> parts = new ArrayList<>(2);
        while (true) {
            parts.add(part(in));
            if (parts.size() > MAX_PARTS) {
                throw TextCursor.errorAt(line, column, "a dotted key has more than " + MAX_PARTS + " parts");
            }
            in.skipBlanks();
            if (in.peek() != '.') {
                return new DottedKey(parts, line, column);
            }
            in.next();
            in.skipBlanks();
        }
    }

    private static String part(TextCursor in) {
        if (TomlStrings.startsHere(in)) {
            return TomlStrings.key(in);
        }
        int from = in.mark();
        while (isBare(in.peek())) {
            in.next();
        }
        if (in.mark() > from) {
            return in.since(from);
        }
        int c = in.peek();
        if (c > 0x7f && Character.isLetterOrDigit(c)) {
            throw in.error("found " + TextCursor.shown(c) + ": a key with characters other than A-Z, a-z, 0-9, '-'"
                    + " and '_' must be in quotes");
        }
        throw in.error("expected a key (A-Z, a-z, 0-9, '-', '_', or a name in quotes), found " + TextCursor.shown(c));
    }

    static boolean isBare(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    /**
     * A dotted key as a caller writes it ({@code "queue.call_buttons"}, {@code "a.\"b.c\""}) split into its parts.
     *
     * @throws IllegalArgumentException when it is no TOML key: a caller's mistake, not a file's
     */
    static List<String> split(String dottedKey) {
        if (allBareOrDots(dottedKey)) {
            // The common case, without a cursor: the config looks up ~100 keys on the way to the first frame.
            List<String> parts = List.of(dottedKey.split("\\.", -1));
            if (parts.contains("")) {
                throw new IllegalArgumentException("not a dotted key: \"" + dottedKey + "\"");
            }
            return parts;
        }
        TextCursor in = new TextCursor(dottedKey);
        try {
            in.skipBlanks();
            DottedKey key = read(in);
            if (!in.atEnd()) {
                throw in.error("unexpected " + TextCursor.shown(in.peek()));
            }
            return key.parts();
        } catch (TomlSyntaxException e) {
            throw new IllegalArgumentException("not a dotted key: \"" + dottedKey + "\" (" + e.getMessage() + ")", e);
        }
    }

    private static boolean allBareOrDots(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBare(s.charAt(i)) && s.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Parts joined with dots, each bare when it can be, else in quotes: a key {@link #split} reads back. */
    static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(quotedIfNeeded(part));
        }
        return sb.toString();
    }

    static String quotedIfNeeded(String part) {
        return !part.isEmpty() && allBare(part) ? part : quoted(part);
    }

    /** A basic string: quotes and backslashes escaped, control characters as \\uXXXX. */
    static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (TextCursor.isControl(c)) {
                sb.append("\\u%04X".formatted((int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static boolean allBare(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBare(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
