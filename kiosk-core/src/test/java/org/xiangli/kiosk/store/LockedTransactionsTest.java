package org.xiangli.kiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All of a transaction or none of it, on a real SQLite file; the connection is back in auto-commit either way. */
class LockedTransactionsTest {

    @Test
    void aFailedTransactionLeavesNothingAndTheErrorNamesTheDatabase(@TempDir Path dir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
            LockedTransactions transactions = withOneRow(connection);

            StoreException failure = assertThrows(StoreException.class, () -> transactions.run(c -> {
                c.createStatement().executeUpdate("INSERT INTO t VALUES (2)");
                return c.createStatement().executeUpdate("INSERT INTO t VALUES (NULL)");
            }));
            assertThrows(IllegalStateException.class, () -> transactions.run(c -> {
                c.createStatement().executeUpdate("INSERT INTO t VALUES (3)");
                throw new IllegalStateException("the work's own failure");
            }));

            assertTrue(failure.getMessage().startsWith("test db: "), failure.getMessage());
            assertTrue(connection.getAutoCommit(), "back in auto-commit");
            assertEquals("1", values(connection), "only the committed transaction's row");
        }
    }

    @Test
    void aRehearsalSeesItsOwnWritesAndLeavesNothing(@TempDir Path dir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
            LockedTransactions transactions = withOneRow(connection);

            int seen = transactions.rehearse(c -> {
                c.createStatement().executeUpdate("INSERT INTO t VALUES (2)");
                try (ResultSet rows = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThrows(StoreException.class, () -> transactions.rehearse(
                    c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (NULL)")));

            assertEquals(2, seen, "the rehearsal reads its own row");
            assertTrue(connection.getAutoCommit(), "back in auto-commit");
            assertEquals("1", values(connection), "nothing of the rehearsals stays");
        }
    }

    /** Transactions on a table t that holds one committed row, v = 1. */
    private static LockedTransactions withOneRow(Connection connection) {
        LockedTransactions transactions = new LockedTransactions(connection, new ReentrantLock(), "test db");
        transactions.run(c -> c.createStatement().executeUpdate("CREATE TABLE t (v INTEGER NOT NULL)"));
        transactions.run(c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (1)"));
        return transactions;
    }

    /** The values of t, in order, comma-separated. */
    private static String values(Connection connection) throws java.sql.SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT group_concat(v) FROM t")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
