package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xiangli.kiosk.toml.TomlAssertions.read;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What callers read from a tree: lookups by dotted key, the keys there are, and where each was set. */
class TomlTableTest {

    private final TomlTable root = read("""
            # kiosk.toml
            top = "t"
            [station]
            code = "360121-007"
            "a b" = 1
            [queue]
            call_buttons = { "1" = 17, "3" = 27 }
            windows = [1, 2]
            [[service]]
            letter = "A"
            [[service]]
            letter = "B"
            [empty]
            """);

    @Test
    void getFollowsADottedKeyThroughTables() {
        assertEquals("360121-007", root.get("station.code"));
        assertEquals(17L, root.get("queue.call_buttons.1"));
        assertEquals(1L, root.get("station.\"a b\""));
        assertEquals(27L, root.get(" queue . call_buttons . \"3\" "));
        assertNull(root.get("station.name"));
        assertNull(root.get("top.x"), "a string has no keys");
        assertNull(root.get("service.letter"), "lookups do not go into arrays");
    }

    @Test
    void aMalformedDottedKeyIsTheCallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> root.get("station..code"));
        assertThrows(IllegalArgumentException.class, () -> root.get(""));
        assertThrows(IllegalArgumentException.class, () -> root.get("a b"));
    }

    @Test
    void typedGettersGiveNullForAMissingKeyOrAnotherType() {
        assertEquals("t", root.getString("top"));
        assertNull(root.getString("queue.windows"));
        assertEquals(17L, root.getLong("queue.call_buttons.1"));
        assertNull(root.getLong("top"));
        assertNull(root.getLong("nowhere"));
        assertTrue(root.isTable("queue.call_buttons"));
        assertTrue(root.isTable("empty"));
        assertFalse(root.isTable("queue.windows"));
        assertTrue(root.contains("empty"));
        assertFalse(root.contains("full"));
    }

    @Test
    void getArrayOrEmptyGivesAnEmptyArrayForAMissingKeyAndRefusesAnotherType() {
        assertEquals(List.of(1L, 2L), root.getArrayOrEmpty("queue.windows").toList());
        assertTrue(root.getArrayOrEmpty("queue.none").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> root.getArrayOrEmpty("top"));
        assertEquals("top must be an array [...], not a string", e.getMessage());
    }

    @Test
    void getTableRefusesAValueThatIsNoTable() {
        TomlArray service = root.getArrayOrEmpty("service");
        assertEquals("B", service.getTable(1).getString("letter"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> root.getArrayOrEmpty("queue.windows").getTable(0));
        assertEquals("item 1 must be a table, not an integer", e.getMessage());
    }

    @Test
    void dottedKeySetNamesEveryValueButNotTablesInTheOrderTheyCame() {
        assertEquals(List.of("top", "station.code", "station.\"a b\"", "queue.call_buttons.1", "queue.call_buttons.3",
                "queue.windows", "service"), List.copyOf(root.dottedKeySet()));
        for (String key : root.dottedKeySet()) {
            assertTrue(root.contains(key), key + " reads back");
        }
    }

    @Test
    void lineOfIsWhereAKeyWasSetOrItsTableBegun() {
        assertEquals(OptionalInt.of(2), root.lineOf("top"));
        assertEquals(OptionalInt.of(4), root.lineOf("station.code"));
        assertEquals(OptionalInt.of(7), root.lineOf("queue.call_buttons.3"), "an inline table's keys are on its line");
        assertEquals(OptionalInt.of(3), root.lineOf("station"));
        assertEquals(OptionalInt.of(9), root.lineOf("service"));
        assertEquals(OptionalInt.empty(), root.lineOf("station.name"));
    }

    @Test
    void toMapAndKeySetAreTheTablesOwnEntriesInOrderAndReadOnly() {
        TomlTable station = (TomlTable) root.get("station");
        assertEquals(Map.of("code", "360121-007", "a b", 1L), station.toMap());
        assertEquals(List.of("code", "a b"), List.copyOf(station.keySet()));
        assertEquals(List.of("top", "station", "queue", "service", "empty"), List.copyOf(root.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> station.toMap().put("x", 1L));
        assertThrows(UnsupportedOperationException.class, () -> station.keySet().remove("code"));
        assertThrows(UnsupportedOperationException.class, () -> root.getArrayOrEmpty("queue.windows").toList().clear());
        assertEquals(2, station.size());
    }

    @Test
    void aDocumentWithAnErrorHasAnEmptyRootAndSaysWhere() {
        TomlDocument document = Toml.parse("a = 1\nb = \n");
        assertTrue(document.hasErrors());
        assertEquals(List.of(new TomlError(2, 5, "expected a value after b =")), document.errors());
        assertEquals("line 2, column 5: expected a value after b =", document.errors().getFirst().describe());
        assertTrue(document.root().isEmpty());
    }
}
