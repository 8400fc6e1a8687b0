package org.xiangli.kiosk.toml;

/**
 * A whole TOML document, statement by statement: blank lines, comments, {@code [table]} and {@code [[array]]}
 * headers and {@code key = value} lines, each ending its line. What the statements mean is the
 * {@link TreeBuilder}'s business.
 */
final class TomlParser {

    private final TextCursor in;
    private final TreeBuilder tree = new TreeBuilder();
    private final ValueReader values;

    TomlParser(String text) {
        this.in = new TextCursor(text);
        this.values = new ValueReader(in, tree);
    }

    /** The document's root table; a {@link TomlSyntaxException} at the first error. */
    TomlTable parse() {
        // A byte order mark, as Windows Notepad may save a file a technician edited: not part of the text.
        if (in.peek() == '\uFEFF') {
            in.next();
        }
        while (!in.atEnd()) {
            in.skipBlanks();
            String after = "";
            if (in.peek() == '[') {
                header();
                after = "after the table header";
            } else if (in.peek() != '#' && !in.atNewline() && !in.atEnd()) {
                keyValue();
                after = "after the value";
            }
            in.endOfLine(after);
        }
        return tree.root();
    }

    private void header() {
        in.next();
        boolean array = in.peek() == '[';
        if (array) {
            in.next();
        }
        in.skipBlanks();
        DottedKey key = TomlKeys.read(in);
        if (array) {
            if (!in.startsWith("]]")) {
                throw in.error("expected ']]' to close the header [[" + key.shown() + "]], found "
                        + TextCursor.shown(in.peek()));
            }
            in.skip(2);
            tree.arrayTable(key);
        } else {
            if (in.peek() != ']') {
                throw in.error("expected ']' to close the table header [" + key.shown() + "], found "
                        + TextCursor.shown(in.peek()));
            }
            in.next();
            tree.table(key);
        }
    }

    private void keyValue() {
        DottedKey key = TomlKeys.read(in);
        if (in.peek() != '=') {
            throw in.error("expected '=' after the key " + key.shown() + ", found " + TextCursor.shown(in.peek()));
        }
        in.next();
        in.skipBlanks();
        if (in.atNewline() || in.atEnd() || in.peek() == '#') {
            throw in.error("expected a value after " + key.shown() + " =");
        }
        tree.assign(key, values.read(TreeBuilder.concat(tree.sectionPath(), key.parts())));
    }
}
