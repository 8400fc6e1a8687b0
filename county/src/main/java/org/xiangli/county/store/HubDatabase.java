package org.xiangli.county.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.xiangli.kiosk.store.LockedTransactions;
import org.xiangli.kiosk.store.Migrations;
import org.xiangli.kiosk.store.SqlWork;
import org.xiangli.kiosk.store.StoreException;

/**
 * The hub's one SQLite file ({@code hub.db} in the data directory): WAL, {@code synchronous=NORMAL} — reports are
 * statistics; a power cut may lose the last second of them (kiosks send again), never corrupt the file. One
 * connection, one writer at a time; the ingest writes in batches, so the dashboard's reads wait little.
 */
public final class HubDatabase implements AutoCloseable {

    private static final List<String> MIGRATIONS = List.of("V1__hub.sql", "V2__publishing.sql");

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final LockedTransactions transactions;

    private HubDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.transactions = new LockedTransactions(connection, lock, "hub database " + file);
    }

    public static HubDatabase open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(5_000);
            config.setCacheSize(-16 * 1024);
            HubDatabase db = new HubDatabase(file, config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
            db.migrate();
            return db;
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot open the hub database " + file + ": " + e.getMessage(), e);
        }
    }

    public <T> T transaction(SqlWork<T> work) {
        return transactions.run(work);
    }

    private void migrate() throws SQLException {
        int current;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            current = rs.next() ? rs.getInt(1) : 0;
        }
        if (current > MIGRATIONS.size()) {
            throw new StoreException(file + " has schema version " + current + ", newer than this hub's "
                    + MIGRATIONS.size(), null);
        }
        for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
            // Read and split as the kiosk's own migrations are: one rule for what a statement is.
            List<String> statements = Migrations.statements(HubDatabase.class, MIGRATIONS.get(v - 1));
            int version = v;
            transaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String statement : statements) {
                        s.execute(statement);
                    }
                    s.execute("PRAGMA user_version = " + version);
                }
                return null;
            });
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
