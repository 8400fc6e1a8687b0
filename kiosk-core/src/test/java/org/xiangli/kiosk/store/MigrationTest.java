package org.xiangli.kiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsMigratedToTheLatestSchemaWithWalAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            assertEquals("ok", db.integrityCheck());
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("2", pragma(db, "synchronous"), "synchronous=FULL");
        }
    }

    @Test
    void everyEarlierVersionUpgradesToTheSameSchemaKeepingItsData() {
        List<String> fresh;
        try (Database db = Database.open(dir.resolve("fresh.db"))) {
            fresh = schema(db);
        }
        for (int from = 1; from < Migrations.latestVersion(); from++) {
            Path file = dir.resolve("from-" + from + ".db");
            try (Database old = Database.open(file, from)) {
                assertEquals(from, old.schemaVersion());
                old.transaction(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("INSERT INTO content_category(code, name_zh, name_en) VALUES ('notices', '通知公告', 'Notices')");
                    }
                    return null;
                });
            }
            try (Database upgraded = Database.open(file)) {
                assertEquals(Migrations.latestVersion(), upgraded.schemaVersion());
                assertEquals(fresh, schema(upgraded), "schema after upgrading from version " + from);
                assertEquals("通知公告", upgraded.transaction(c -> {
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT name_zh FROM content_category")) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }));
            }
        }
    }

    @Test
    void aDatabaseFromANewerKioskIsRefusedWithAClearMessage() {
        Path file = dir.resolve("newer.db");
        try (Database db = Database.open(file)) {
            db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 999");
                }
                return null;
            });
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer than this kiosk"), e.getMessage());
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            KioskEventRepository events = new KioskEventRepository(db);
            events.record(Instant.EPOCH, "start", "");
            assertThrows(StoreException.class, () -> db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO kiosk_event(at, kind) VALUES ('x', 'half')");
                    s.execute("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            }));
            assertEquals(1, events.latest(10).size());
        }
    }

    @Test
    void migrationFilesSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT);", "CREATE INDEX i ON a(x);"),
                Migrations.split("-- comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a(x);\n"));
    }

    private static String pragma(Database db, String name) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private static List<String> schema(Database db) {
        return db.transaction(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
                }
            }
            return out;
        });
    }
}
