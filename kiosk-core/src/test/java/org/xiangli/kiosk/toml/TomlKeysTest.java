package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xiangli.kiosk.toml.TomlAssertions.assertError;
import static org.xiangli.kiosk.toml.TomlAssertions.read;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys, comments, blank lines and line ends: the shape of a statement. */
class TomlKeysTest {

    @Test
    void bareKeysAreLettersDigitsDashesAndUnderscores() {
        TomlTable table = read("key = 1\nbare_key = 2\nbare-key = 3\n1234 = 4\n");
        assertEquals(List.of("key", "bare_key", "bare-key", "1234"), List.copyOf(table.keySet()));
    }

    @Test
    void quotedKeysMayHoldAnythingAndBasicOnesTakeEscapes() {
        TomlTable table = read("\"127.0.0.1\" = 1\n\"a b\" = 2\n'quoted \"value\"' = 3\n\"\" = 4\n\"tab\\tkey\" = 5\n"
                + "\"名\" = 6\n");
        assertEquals(List.of("127.0.0.1", "a b", "quoted \"value\"", "", "tab\tkey", "名"),
                List.copyOf(table.keySet()));
    }

    @Test
    void aDottedKeyMakesTablesAndMayHaveBlanksAroundItsDots() {
        TomlTable table = read("physical.color = \"orange\"\nphysical . shape = \"round\"\nsite.\"google.com\" = true\n"
                + "3.14159 = \"pi\"\n");
        assertEquals(Map.of("color", "orange", "shape", "round"), table.get("physical") instanceof TomlTable t
                ? t.toMap() : null);
        assertEquals(true, table.get("site.\"google.com\""));
        assertEquals("pi", table.get("3.14159"), "two bare parts, 3 and 14159");
        assertEquals(List.of("14159"), List.copyOf(((TomlTable) table.get("3")).keySet()));
    }

    @Test
    void aKeyThatIsNotOneIsExplained() {
        assertError("= 1", 1, 1, "expected a key (A-Z, a-z, 0-9, '-', '_', or a name in quotes), found '='");
        assertError("名字 = 1", 1, 1,
                "found '名': a key with characters other than A-Z, a-z, 0-9, '-' and '_' must be in quotes");
        assertError("a. = 1", 1, 4, "expected a key");
        assertError(".a = 1", 1, 1, "expected a key");
        assertError("a..b = 1", 1, 3, "expected a key");
        assertError("\"\"\"a\"\"\" = 1", 1, 1, "a key cannot be a multi-line string");
        assertError("\"a\nb\" = 1", 1, 1, "this string is not closed");
    }

    @Test
    void aKeyNeedsAnEqualsSignAndAValueOnItsLine() {
        assertError("[station]\nname \"x\"\n", 2, 6, "expected '=' after the key name, found '\"'");
        assertError("a\n= 1", 1, 2, "expected '=' after the key a, found the end of the line");
        assertError("a = 1 b = 2", 1, 7, "expected the end of the line after the value, found 'b'");
        assertError("a = # nothing\n", 1, 5, "expected a value after a =");
    }

    @Test
    void commentsRunToTheEndOfTheLineAndMayNotHoldControlCharacters() {
        TomlTable table = read("# top\na = 1 # after\n  # indented\nb = \"# not a comment\"\n#\tend");
        assertEquals(Map.of("a", 1L, "b", "# not a comment"), table.toMap());
        assertError("a = 1\n# bell \u0007 here\n", 2, 8, "a comment cannot hold the control character U+0007");
    }

    @Test
    void linesEndInLfOrCrlfButNotInALoneCr() {
        assertEquals(Map.of("a", 1L, "b", 2L), read("a = 1\r\nb = 2\r\n").toMap());
        assertError("a = 1\rb = 2", 1, 6, "a carriage return (CR) must be followed by a line feed (LF)");
        assertError("# note\r", 1, 7, "carriage return");
    }

    @Test
    void anEmptyOrBlankTextIsAnEmptyTable() {
        assertEquals(Map.of(), read("").toMap());
        assertEquals(Map.of(), read("\n\n  \t\n# only a comment").toMap());
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() {
        assertEquals(Map.of("a", 1L), read("\uFEFFa = 1\n").toMap());
        assertError("a = 1\n\uFEFFb = 2\n", 2, 1, "expected a key");
    }

    @Test
    void keysAreSetOnce() {
        assertError("[station]\ncode = \"A\"\nname = \"x\"\ncode = \"B\"\n", 4, 1,
                "duplicate key \"station.code\": it was set on line 2");
        assertError("a = 1\n\"a\" = 2\n", 2, 1, "duplicate key \"a\"");
        assertError("a.b = 1\na.b = 2\n", 2, 1, "duplicate key \"a.b\": it was set on line 1");
    }

    @Test
    void aValueCannotBecomeATableThroughADottedKey() {
        assertError("a = 1\na.b = 2\n", 2, 1, "dotted keys cannot add to a: it is already an integer (line 1)");
        assertError("a.b = 1\na.b.c = 2\n", 2, 1, "dotted keys cannot add to a.b: it is already an integer");
    }
}
