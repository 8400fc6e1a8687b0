package org.xiangli.kiosk.toml;

import java.util.List;

/**
 * The value after a key's {@code =}: a string, a one-word value ({@link TomlScalars}), an array {@code [...]}
 * (over several lines, with comments and a trailing comma if need be) or an inline table {@code { a = 1 }} (on one
 * line, no trailing comma, as TOML 1.0 has it).
 */
final class ValueReader {

    /** Arrays and inline tables nest no deeper: no real file comes near, and a fuzzed one cannot overflow the stack. */
    static final int MAX_NESTING = 100;

    private final TextCursor in;
    private final TreeBuilder tree;

    ValueReader(TextCursor in, TreeBuilder tree) {
        this.in = in;
        this.tree = tree;
    }

    /** The value here; {@code path} is its key from the root, for messages about an inline table's keys. */
    Object read(List<String> path) {
        return value(path, 0);
    }

    private Object value(List<String> path, int depth) {
        int c = in.peek();
        if (c == '"' || c == '\'') {
            return TomlStrings.value(in);
        }
        if (c == '[') {
            return array(path, depth + 1);
        }
        if (c == '{') {
            return inlineTable(path, depth + 1);
        }
        if (TomlScalars.isWordChar(c)) {
            return TomlScalars.read(in);
        }
        if (c > 0x7f && Character.isLetterOrDigit(c)) {
            throw in.error("found " + TextCursor.shown(c) + ": text must be in quotes, e.g. \"柳溪村\"");
        }
        throw in.error("expected a value (text in quotes, a number, true or false, a date, [...] or { ... }), found "
                + TextCursor.shown(c));
    }

    private TomlArray array(List<String> path, int depth) {
        int line = in.line();
        int column = in.column();
        checkDepth(depth);
        in.next();
        TomlArray array = new TomlArray();
        while (true) {
            in.skipBlanksCommentsAndNewlines();
            if (in.peek() == ']') {
                in.next();
                return array;
            }
            if (in.atEnd()) {
                throw TextCursor.errorAt(line, column, "this array is not closed: ']' is missing");
            }
            int valueLine = in.line();
            array.add(value(path, depth), valueLine);
            in.skipBlanksCommentsAndNewlines();
            if (in.peek() == ',') {
                in.next();
            } else if (in.peek() == ']') {
                in.next();
                return array;
            } else if (in.atEnd()) {
                throw TextCursor.errorAt(line, column, "this array is not closed: ']' is missing");
            } else {
                throw in.error("expected ',' or ']' after a value in the array, found " + TextCursor.shown(in.peek()));
            }
        }
    }

    private TomlTable inlineTable(List<String> path, int depth) {
        checkDepth(depth);
        in.next();
        TomlTable table = tree.inlineTable();
        blanksOnOneLine();
        if (in.peek() == '}') {
            in.next();
            tree.freeze(table);
            return table;
        }
        while (true) {
            DottedKey key = TomlKeys.read(in);
            blanksOnOneLine();
            if (in.peek() != '=') {
                throw in.error("expected '=' after the key " + key.shown() + ", found " + TextCursor.shown(in.peek()));
            }
            in.next();
            blanksOnOneLine();
            // A dotted key inside braces makes tables of its own: they count towards the nesting too.
            int inner = depth + key.parts().size() - 1;
            if (inner > MAX_NESTING) {
                throw TextCursor.errorAt(key.line(), key.column(), tooDeep());
            }
            tree.assign(table, path, key, value(TreeBuilder.concat(path, key.parts()), inner));
            blanksOnOneLine();
            if (in.peek() == '}') {
                in.next();
                tree.freeze(table);
                return table;
            }
            if (in.peek() != ',') {
                throw in.error("expected ',' or '}' after a value in the inline table, found "
                        + TextCursor.shown(in.peek()));
            }
            in.next();
            blanksOnOneLine();
            if (in.peek() == '}') {
                throw in.error("an inline table cannot end with a ',' (TOML 1.0)");
            }
        }
    }

    /** Blanks inside braces; a newline or a comment there is an error of its own, to say why. */
    private void blanksOnOneLine() {
        in.skipBlanks();
        if (in.atNewline() || in.peek() == '#' || in.atEnd()) {
            throw in.error("an inline table { ... } must be closed on the line where it begins, with no comment in it"
                    + " (TOML 1.0)");
        }
    }

    private void checkDepth(int depth) {
        if (depth > MAX_NESTING) {
            throw in.error(tooDeep());
        }
    }

    private static String tooDeep() {
        return "arrays and inline tables are nested more than " + MAX_NESTING + " deep";
    }
}
