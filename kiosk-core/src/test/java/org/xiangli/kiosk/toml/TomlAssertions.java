package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Reading a snippet that must be valid, or must fail at one place with one message. */
final class TomlAssertions {

    private TomlAssertions() {
    }

    /** The root of a valid text; fails the test with the reader's error otherwise. */
    static TomlTable read(String text) {
        TomlDocument document = Toml.parse(text);
        if (document.hasErrors()) {
            fail("expected valid TOML, got " + document.errors().getFirst().describe() + " in:\n" + text);
        }
        return document.root();
    }

    /** The one value of {@code v = <value>}. */
    static Object value(String toml) {
        return read("v = " + toml).get("v");
    }

    /** The error of an invalid text. */
    static TomlError error(String text) {
        TomlDocument document = Toml.parse(text);
        assertTrue(document.hasErrors(), () -> "expected an error, the text was read as " + document.root()
                + ":\n" + text);
        assertEquals(1, document.errors().size());
        assertTrue(document.root().isEmpty(), "no half-read tree beside an error");
        return document.errors().getFirst();
    }

    /** The text fails at this line and column, with a message that contains {@code says}. */
    static void assertError(String text, int line, int column, String says) {
        TomlError error = error(text);
        assertEquals(line + ":" + column, error.line() + ":" + error.column(), error::describe);
        assertTrue(error.message().contains(says), () -> "expected \"" + says + "\" in: " + error.describe());
    }
}
