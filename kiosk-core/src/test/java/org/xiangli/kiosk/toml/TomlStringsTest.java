package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xiangli.kiosk.toml.TomlAssertions.assertError;
import static org.xiangli.kiosk.toml.TomlAssertions.read;
import static org.xiangli.kiosk.toml.TomlAssertions.value;

import org.junit.jupiter.api.Test;

class TomlStringsTest {

    @Test
    void aBasicStringReadsEveryEscape() {
        assertEquals("\b\t\n\f\r\"\\", value("\"\\b\\t\\n\\f\\r\\\"\\\\\""));
        assertEquals("乡里 é 😀", value("\"\\u4E61\\u91cc \\u00e9 \\U0001F600\""));
        assertEquals("a\tb", value("\"a\tb\""), "a tab may stand as it is");
        assertEquals("", value("\"\""));
        assertEquals("柳溪村", value("\"柳溪村\""));
    }

    @Test
    void anUnknownEscapeIsAnErrorAtItsBackslash() {
        assertError("v = \"C:\\Users\"", 1, 8, "\\U needs 8 hex digits");
        assertError("v = \"a\\x41\"", 1, 7, "\\x is not an escape TOML knows");
        assertError("v = \"a\\e\"", 1, 7, "\\e is not an escape TOML knows");
        assertError("v = \"a\\ b\"", 1, 7, "is not an escape");
        assertError("v = \"\\u12\"", 1, 6, "\\u needs 4 hex digits");
        assertError("v = \"\\u００４１\"", 1, 6, "\\u needs 4 hex digits");
    }

    @Test
    void anEscapeMustNameAUnicodeCharacter() {
        assertError("v = \"\\uD800\"", 1, 6, "U+D800 is not a Unicode character");
        assertError("v = \"\\U00110000\"", 1, 6, "U+110000 is not a Unicode character");
    }

    @Test
    void controlCharactersMustBeEscaped() {
        assertError("v = \"a\u0001b\"", 1, 7, "cannot hold the control character U+0001");
        assertError("v = 'a\u007fb'", 1, 7, "U+007F");
        assertError("v = \"\"\"a\u0000\"\"\"", 1, 9, "U+0000");
        assertError("v = \"a\rb\"", 1, 7, "carriage return");
    }

    @Test
    void aStringMustCloseOnItsLine() {
        assertError("a = 1\nv = \"open\nb = 2\n", 2, 5, "this string is not closed");
        assertError("v = 'open", 1, 5, "this string is not closed");
    }

    @Test
    void aLiteralStringTakesEveryCharAsItIs() {
        assertEquals("C:\\Users\\nodejs\\templates", value("'C:\\Users\\nodejs\\templates'"));
        assertEquals("Tom \"Dubs\" Preston-Werner", value("'Tom \"Dubs\" Preston-Werner'"));
        assertEquals("", value("''"));
    }

    @Test
    void aMultiLineBasicStringTrimsItsFirstNewlineAndKeepsTheRest() {
        assertEquals("Roses are red\nViolets are blue", value("\"\"\"\nRoses are red\nViolets are blue\"\"\""));
        assertEquals("one\ntwo\n", value("\"\"\"\r\none\r\ntwo\r\n\"\"\""), "CRLF is read as LF");
        assertEquals("\n  indented", value("\"\"\"\n\n  indented\"\"\""), "only the first newline goes");
        assertEquals("tab\there", value("\"\"\"tab\\there\"\"\""));
    }

    @Test
    void aLineEndingBackslashJoinsLinesWithoutTheirBlanks() {
        assertEquals("The quick brown fox jumps over the lazy dog.",
                value("\"\"\"\nThe quick brown \\\n\n\n   fox jumps over \\\n   the lazy dog.\"\"\""));
        assertEquals("ab", value("\"\"\"a\\ \t\r\n   b\"\"\""), "blanks after the backslash are allowed");
        assertEquals("", value("\"\"\"\\\n   \"\"\""));
    }

    @Test
    void upToTwoQuotesMayEndAMultiLineString() {
        assertEquals("\"", value("\"\"\"\"\"\"\""));
        assertEquals("two \"\"", value("\"\"\"two \"\"\"\"\""));
        assertEquals("\"This,\" she said", value("\"\"\"\"This,\" she said\"\"\""));
        assertEquals("a \"\"\" b", value("\"\"\"a \"\"\\\" b\"\"\""));
        assertError("v = \"\"\"x\"\"\"\"\"\"", 1, 9, "cannot hold three \" in a row");
    }

    @Test
    void aMultiLineStringMustBeClosed() {
        assertError("a = 1\nv = \"\"\"\nnever closed\n", 2, 5,
                "this multi-line string is not closed: \"\"\" is missing");
        assertError("v = '''\nnever closed", 1, 5, "''' is missing");
    }

    @Test
    void aMultiLineLiteralStringTakesBackslashesAndQuotesAsTheyAre() {
        assertEquals("I [dw]on't need \\d{2} apples", value("'''I [dw]on't need \\d{2} apples'''"));
        assertEquals("The first newline is\ntrimmed.\n", value("'''\nThe first newline is\ntrimmed.\n'''"));
        assertEquals("'That,' she said", value("''''That,' she said'''"));
        assertEquals("x''", value("'''x'''''"));
        assertEquals("line \\\nnext", value("'''line \\\nnext'''"), "no line-ending backslash in a literal");
    }

    @Test
    void aStringValueIsFollowedOnlyByACommentOrTheLineEnd() {
        assertEquals("x", read("v = \"x\" # comment\n").get("v"));
        assertError("v = \"x\" \"y\"\n", 1, 9, "expected the end of the line after the value, found '\"'");
    }
}
