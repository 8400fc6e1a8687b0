package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xiangli.kiosk.toml.TomlAssertions.assertError;
import static org.xiangli.kiosk.toml.TomlAssertions.read;
import static org.xiangli.kiosk.toml.TomlAssertions.value;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlArraysAndInlineTablesTest {

    @Test
    void anArrayHoldsValuesOfAnyTypesInOrder() {
        TomlArray array = (TomlArray) value("[ 1, \"two\", 3.0, true, 1979-05-27, [4], { five = 5 } ]");
        assertEquals(7, array.size());
        assertEquals(List.of(1L, "two", 3.0, true, LocalDate.of(1979, 5, 27)), array.toList().subList(0, 5));
        assertEquals(List.of(4L), ((TomlArray) array.get(5)).toList());
        assertEquals(Map.of("five", 5L), array.getTable(6).toMap());
    }

    @Test
    void anArrayMaySpanLinesWithCommentsAndATrailingComma() {
        TomlTable root = read("a = [\n  1,\n  2, # two\n  # a whole line\n  3,\n]\nb = []\nc = [ # none\n]\n"
                + "d = [\r\n1\r\n,2]\n");
        assertEquals(List.of(1L, 2L, 3L), root.getArrayOrEmpty("a").toList());
        assertEquals(List.of(2, 3, 5), List.of(root.getArrayOrEmpty("a").lineOf(0), root.getArrayOrEmpty("a").lineOf(1),
                root.getArrayOrEmpty("a").lineOf(2)));
        assertTrue(root.getArrayOrEmpty("b").isEmpty());
        assertTrue(root.getArrayOrEmpty("c").isEmpty());
        assertEquals(List.of(1L, 2L), root.getArrayOrEmpty("d").toList());
    }

    @Test
    void aBrokenArrayIsExplained() {
        assertError("a = [1 2]\n", 1, 8, "expected ',' or ']' after a value in the array, found '2'");
        assertError("a = [1,,2]\n", 1, 8, "expected a value");
        assertError("a = [,]\n", 1, 6, "expected a value");
        assertError("x = 1\na = [1,\n2\n", 2, 5, "this array is not closed: ']' is missing");
        assertError("a = [\"x\"\n", 1, 5, "this array is not closed");
    }

    @Test
    void anInlineTableIsOneLineOfKeysWhichMayBeDotted() {
        TomlTable root = read("name = { first = \"Tom\", last = \"Preston-Werner\" }\n"
                + "animal = { type.name = \"pug\" }\n"
                + "empty = {}\nspaced = {   a . b  =  1   }\nlist = { l = [\n1] }\n");
        assertEquals(Map.of("first", "Tom", "last", "Preston-Werner"), ((TomlTable) root.get("name")).toMap());
        assertEquals("pug", root.get("animal.type.name"));
        assertEquals(Map.of(), ((TomlTable) root.get("empty")).toMap());
        assertEquals(1L, root.get("spaced.a.b"));
        assertEquals(List.of(1L), root.getArrayOrEmpty("list.l").toList(), "an array inside may span lines");
    }

    @Test
    void anInlineTableKeepsTheRulesOfKeys() {
        assertError("[t]\na = { b = 1, b = 2 }\n", 2, 14, "duplicate key \"t.a.b\": it was set on line 2");
        assertError("a = { b.c = 1, b = 2 }\n", 1, 16, "duplicate key \"a.b\"");
        assertError("a = { b = { c = 1 }, b.d = 2 }\n", 1, 22, "dotted keys cannot add to a.b: it is an inline table");
    }

    @Test
    void anInlineTableStaysOnItsLineHasNoTrailingCommaAndIsClosed() {
        assertError("a = { b = 1,\n c = 2 }\n", 1, 13, "an inline table { ... } must be closed on the line where it"
                + " begins, with no comment in it (TOML 1.0)");
        assertError("a = {\n}\n", 1, 6, "must be closed on the line where it begins");
        assertError("a = { b = 1 # note\n}", 1, 13, "must be closed on the line");
        assertError("a = { b = 1, }\n", 1, 14, "an inline table cannot end with a ',' (TOML 1.0)");
        assertError("a = { b = 1 c = 2 }\n", 1, 13, "expected ',' or '}' after a value in the inline table, found 'c'");
        assertError("a = { b 1 }\n", 1, 9, "expected '=' after the key b, found '1'");
        assertError("a = { b = 1", 1, 12, "must be closed on the line");
    }

    @Test
    void nestingStopsAtAHundredWithAnErrorNotAStackOverflow() {
        assertEquals(1L, unwrap(value("[".repeat(100) + "1" + "]".repeat(100)), 100));
        assertError("a = " + "[".repeat(101) + "1" + "]".repeat(101), 1, 105,
                "arrays and inline tables are nested more than 100 deep");
        assertError("a = " + "[".repeat(100_000), 1, 105, "nested more than 100 deep");
        assertError("a = " + "{ b = ".repeat(100_000), 1, 5 + 6 * 100, "nested more than 100 deep");
        assertError("a = { b = { " + "c.".repeat(99) + "d = 1 } }", 1, 13, "nested more than 100 deep");
        assertError("a" + ".a".repeat(100_000) + " = 1", 1, 1, "a dotted key has more than 100 parts");
        assertError("[" + "a.".repeat(100_000) + "a]", 1, 2, "a dotted key has more than 100 parts");
    }

    private static Object unwrap(Object value, int levels) {
        Object inner = value;
        for (int i = 0; i < levels; i++) {
            inner = ((TomlArray) inner).get(0);
        }
        return inner;
    }
}
