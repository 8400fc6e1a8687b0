package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xiangli.kiosk.toml.TomlAssertions.assertError;
import static org.xiangli.kiosk.toml.TomlAssertions.read;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table headers, arrays of tables, and TOML's rules on which part of a text may define which table. */
class TomlTablesTest {

    @Test
    void aHeaderBeginsATableWhoseKeysFollowIt() {
        TomlTable root = read("top = 0\n[station]\ncode = \"A\"\n[ dog . \"tater.man\" ]\ntype.name = \"pug\"\n");
        assertEquals(0L, root.get("top"));
        assertEquals("A", root.get("station.code"));
        assertEquals("pug", root.get("dog.\"tater.man\".type.name"));
    }

    @Test
    void aHeaderMakesTheTablesOnItsWayWhichMayBeDefinedLater() {
        TomlTable root = read("[x.y.z]\na = 1\n[x]\nb = 2\n[x.y]\nc = 3\n");
        assertEquals(Map.of("a", 1L), ((TomlTable) root.get("x.y.z")).toMap());
        assertEquals(2L, root.get("x.b"));
        assertEquals(3L, root.get("x.y.c"));
    }

    @Test
    void aTableIsDefinedOnce() {
        assertError("[a]\nb = 1\n[a]\nc = 2\n", 3, 2, "the table [a] is defined twice: first on line 1");
        assertError("[a.b]\n[a]\n[a.b]\n", 3, 2, "the table [a.b] is defined twice");
    }

    @Test
    void aHeaderCannotOpenATableThatDottedKeysMade() {
        assertError("[fruit]\napple.color = \"red\"\n\n[fruit.apple]\n", 4, 2,
                "the table [fruit.apple] cannot be opened here: line 2 made it with dotted keys");
        assertError("a.b = 1\n[a]\n", 2, 2, "cannot be opened here");
    }

    @Test
    void aHeaderMayAddASubTableToATableThatDottedKeysMade() {
        TomlTable root = read("[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\n"
                + "smooth = true\n");
        assertEquals(true, root.get("fruit.apple.texture.smooth"));
        assertEquals(true, root.get("fruit.apple.taste.sweet"));
    }

    @Test
    void dottedKeysCannotAddToATableAHeaderDefined() {
        assertError("[a.b.c]\nz = 9\n[a]\nb.c.t = 1\n", 4, 1,
                "dotted keys cannot add to a.b.c: the header [a.b.c] defined it (line 1)");
    }

    @Test
    void dottedKeysMayAddToATableAHeaderOnlyNamedOnItsWay() {
        TomlTable root = read("[a.b.c]\nz = 9\n[a]\nb.d = 1\n");
        assertEquals(1L, root.get("a.b.d"));
        assertEquals(9L, root.get("a.b.c.z"));
    }

    @Test
    void aValueCannotBecomeATable() {
        assertError("[a]\nb = 1\n[a.b]\n", 3, 2, "[a.b] cannot be a table: a.b is already an integer (line 2)");
        assertError("a = \"x\"\n[a.b]\n", 2, 2, "[a.b] cannot go into a: it is already a string (line 1)");
        assertError("a = [1]\n[a.b]\n", 2, 2, "[a.b] cannot go into a: it is already an array (line 1)");
    }

    @Test
    void anArrayOfTablesGetsATableForEachHeader() {
        TomlTable root = read("[[products]]\nname = \"Hammer\"\n\n[[products]]\n\n[[products]]\nname = \"Nail\"\n");
        TomlArray products = root.getArrayOrEmpty("products");
        assertEquals(3, products.size());
        assertEquals("Hammer", products.getTable(0).getString("name"));
        assertEquals(Map.of(), products.getTable(1).toMap());
        assertEquals("Nail", products.getTable(2).getString("name"));
        assertEquals(List.of(1, 4, 6), List.of(products.lineOf(0), products.lineOf(1), products.lineOf(2)));
    }

    @Test
    void aHeaderUnderAnArrayOfTablesGoesIntoItsLastTable() {
        TomlTable root = read("""
                [[fruits]]
                name = "apple"
                [fruits.physical]
                color = "red"
                [[fruits.varieties]]
                name = "red delicious"
                [[fruits.varieties]]
                name = "granny smith"
                [[fruits]]
                name = "banana"
                [[fruits.varieties]]
                name = "plantain"
                """);
        TomlArray fruits = root.getArrayOrEmpty("fruits");
        assertEquals("red", fruits.getTable(0).get("physical.color"));
        assertEquals(2, fruits.getTable(0).getArrayOrEmpty("varieties").size());
        assertEquals("plantain", fruits.getTable(1).getArrayOrEmpty("varieties").getTable(0).getString("name"));
    }

    @Test
    void anArrayOfTablesAndATableAreNotTheSameThing() {
        assertError("[[a]]\n[a]\n", 2, 2, "a is an array of tables (line 1): add a table to it with [[a]]");
        assertError("[a]\n[[a]]\n", 2, 3, "[[a]] cannot make an array of tables: a is already a table (line 1)");
        assertError("[[a.b]]\n[a]\nb.y = 2\n", 3, 1, "dotted keys cannot add to a.b: it is already an array");
    }

    @Test
    void anArrayOfValuesCannotTakeTables() {
        assertError("a = []\n[[a]]\n", 2, 3, "[[a]] cannot add to a: it is an array of values [...] (line 1)");
        assertError("a = [{ b = 1 }]\n[a.c]\n", 2, 2, "[a.c] cannot go into a: it is already an array");
    }

    @Test
    void anInlineTableIsCompleteOnceWritten() {
        assertError("a = { b = 1 }\n[a]\n", 2, 2, "the table [a] cannot be opened: it is an inline table { ... }");
        assertError("a = { b = 1 }\n[a.c]\n", 2, 2, "[a.c] cannot go into a: it is an inline table { ... }");
        assertError("a = { b = 1 }\na.c = 2\n", 2, 1, "dotted keys cannot add to a: it is an inline table { ... }");
        assertError("a = { b.c = 1 }\n[a.b.d]\n", 2, 2, "cannot go into a: it is an inline table");
        assertError("[t]\na = { b = { c = 1 } }\n[t.a.b]\n", 3, 2, "cannot go into t.a: it is an inline table");
    }

    @Test
    void aHeaderMustBeClosedAndEndItsLine() {
        assertError("[station\nname = \"x\"\n", 1, 9, "expected ']' to close the table header [station], found the"
                + " end of the line");
        assertError("[[a]\n", 1, 4, "expected ']]' to close the header [[a]]");
        assertError("[[a] ]\n", 1, 4, "expected ']]'");
        assertError("[a] b = 1\n", 1, 5, "expected the end of the line after the table header, found 'b'");
        assertError("[]\n", 1, 2, "expected a key");
        assertError("[a.]\n", 1, 4, "expected a key");
    }
}
