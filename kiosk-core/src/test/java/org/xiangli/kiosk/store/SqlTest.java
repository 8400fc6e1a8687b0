package org.xiangli.kiosk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repositories' statement helper: parameters bound by position, rows mapped, one transaction or none. */
class SqlTest {

    Database db;

    /** A row as the test reads it back. */
    record Row(long id, String name, Long amount, byte[] blob) {
    }

    @BeforeEach
    void open(@TempDir Path dir) {
        db = Database.open(dir.resolve("kiosk.db"));
        db.transaction(c -> Sql.update(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount INTEGER, "
                + "blob BLOB)"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Row> rows() {
        return db.transaction(c -> Sql.list(c, "SELECT id, name, amount, blob FROM t ORDER BY id",
                rs -> new Row(rs.getLong(1), rs.getString(2), nullableLong(rs, 3), rs.getBytes(4))));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    @Test
    void givenParametersOfEachKind_whenInserted_thenEachIsBoundInPlaceAndNullIsSqlNull() {
        int changed = db.transaction(c -> Sql.update(c, "INSERT INTO t(id, name, amount, blob) VALUES (?, ?, ?, ?)",
                7L, "王*英 \"引号\"", null, new byte[] {1, 2, 3}));

        assertEquals(1, changed);
        Row row = rows().getFirst();
        assertEquals(7, row.id());
        assertEquals("王*英 \"引号\"", row.name());
        assertEquals(null, row.amount());
        assertArrayEquals(new byte[] {1, 2, 3}, row.blob());
        assertEquals(1L, db.transaction(c -> Sql.one(c, "SELECT count(*) FROM t WHERE amount IS NULL",
                rs -> rs.getLong(1))).orElseThrow());
    }

    @Test
    void givenRows_whenListed_thenEachIsMappedInTheOrderTheQueryReturnsThem() {
        db.transaction(c -> {
            Sql.batch(c, "INSERT INTO t(id, name, amount) VALUES (?, ?, ?)", List.of(new Object[] {2, "b", 20},
                    new Object[] {1, "a", 10}, new Object[] {3, "c", 30}));
            return null;
        });

        assertEquals(List.of("c", "a"), db.transaction(c -> Sql.list(c,
                "SELECT name FROM t WHERE amount <> ? ORDER BY name DESC", rs -> rs.getString(1), 20)));
        assertEquals(List.of(), db.transaction(c -> Sql.list(c, "SELECT name FROM t WHERE id > ?",
                rs -> rs.getString(1), 99)));
        int updated = db.transaction(c -> Sql.update(c, "UPDATE t SET amount = amount + ?", 1));
        assertEquals(3, updated);
        assertEquals(List.of(11L, 21L, 31L), rows().stream().map(Row::amount).toList());
    }

    @Test
    void oneIsTheFirstRowOrEmptyWhenThereIsNoneOrItMapsToNull() {
        db.transaction(c -> Sql.update(c, "INSERT INTO t(id, name) VALUES (1, 'a'), (2, 'b')"));

        assertEquals(Optional.of("a"), db.transaction(c -> Sql.one(c, "SELECT name FROM t ORDER BY id",
                rs -> rs.getString(1))));
        assertEquals(Optional.empty(), db.transaction(c -> Sql.one(c, "SELECT name FROM t WHERE id = ?",
                rs -> rs.getString(1), 9)));
        assertEquals(Optional.empty(), db.transaction(c -> Sql.one(c, "SELECT max(amount) FROM t",
                rs -> nullableLong(rs, 1))), "an aggregate over no values");
        assertEquals(Optional.of(3L), db.transaction(c -> Sql.one(c,
                "INSERT INTO t(name) VALUES (?) RETURNING id", rs -> rs.getLong(1), "c")));
    }

    @Test
    void givenAFailureAfterAWrite_whenTheTransactionEnds_thenNothingOfItIsKept() {
        db.transaction(c -> Sql.update(c, "INSERT INTO t(id, name) VALUES (1, 'kept')"));

        assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
            Sql.update(c, "UPDATE t SET name = ? WHERE id = ?", "lost", 1);
            Sql.update(c, "INSERT INTO t(id, name) VALUES (?, ?)", 2, "lost");
            throw new IllegalStateException("the rule said no");
        }));
        StoreException sqlFailure = assertThrows(StoreException.class, () -> db.transaction(c -> {
            Sql.update(c, "INSERT INTO t(id, name) VALUES (?, ?)", 3, "lost");
            // NOT NULL: SQLite refuses the second row, and the first goes with it.
            return Sql.update(c, "INSERT INTO t(id, name) VALUES (?, ?)", 4, null);
        }));

        assertTrue(sqlFailure.getMessage().contains("NOT NULL"), sqlFailure.getMessage());
        assertEquals(List.of("1:kept"), rows().stream().map(r -> r.id() + ":" + r.name()).toList());
    }

    @Test
    void givenABatchWithABadRow_whenItFails_thenNoRowOfItIsKept() {
        assertThrows(StoreException.class, () -> db.transaction(c -> {
            Sql.batch(c, "INSERT INTO t(id, name) VALUES (?, ?)", List.of(new Object[] {1, "a"},
                    new Object[] {1, "duplicate id"}));
            return null;
        }));

        assertEquals(List.of(), rows());
    }
}
