package org.xiangli.kiosk.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The kiosk's one SQLite database: WAL journal, {@code synchronous=FULL} (a ticket, once issued, survives a power
 * cut), foreign keys on, a busy timeout for kioskctl running beside the kiosk. One connection, used by one thread
 * at a time: a kiosk's load is tiny, and one writer is what SQLite wants anyway.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final LockedTransactions transactions;
    /** Commits made without an fsync of their own ({@link #relaxedTransaction}), counted as they commit. */
    private final java.util.concurrent.atomic.AtomicLong relaxedCommits = new java.util.concurrent.atomic.AtomicLong();
    /** How many of those {@link #syncLog} has made durable; written under {@link #syncLock}. */
    private volatile long syncedCommits;
    private final Object syncLock = new Object();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.transactions = new LockedTransactions(connection, lock, "database error in " + file);
    }

    /**
     * Loads SQLite's native library and readies its driver, without a database: 50-90 ms in a cold JVM (the
     * driver looks up the platform, checks and loads the library). {@link #open} does it too; a caller that
     * knows it will open a store soon can have it done beside other work (the kiosk's start does it while the
     * config is read, issue 18). Safe to call from any thread, any number of times; a failure is left for
     * {@link #open} to report.
     */
    public static void loadDriver() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
            new SQLiteConfig();
        } catch (Exception | LinkageError e) {
            LOG.log(Level.DEBUG, "SQLite driver not loaded ahead: {0}", e.toString());
        }
    }

    /** Opens (creating if needed) the database and migrates it to the latest schema. */
    public static Database open(Path file) {
        return open(file, Migrations.latestVersion());
    }

    /** Opens and migrates up to {@code targetVersion}; tests use lower versions to check every upgrade path. */
    static Database open(Path file, int targetVersion) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory for " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // 32 MB of page cache (SQLite's default is 2 MB): applying a 10,000-item bundle rewrites the search
        // indexes' pages many times inside one transaction, and a small cache spills them to the WAL again and again.
        config.setCacheSize(-32 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Database db = new Database(file, connection);
            db.migrateTo(targetVersion);
            return db;
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T transaction(SqlWork<T> work) {
        return transactions.run(work);
    }

    /** Runs {@code work} and rolls it back, whatever it did: nothing is stored ({@link LockedTransactions#rehearse}). */
    public <T> T rehearsal(SqlWork<T> work) {
        return transactions.rehearse(work);
    }

    /**
     * As {@link #transaction}, committed with {@code synchronous=NORMAL}: no fsync of its own; the WAL is synced by
     * the next {@code FULL} commit or checkpoint. A power cut may lose such a transaction (it rolls back cleanly,
     * never corrupts), but never anything a {@code FULL} commit made durable before it. Only for changes whose
     * loss is harmless; the caller says why.
     */
    public <T> T relaxedTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            pragma("PRAGMA synchronous = NORMAL");
            try {
                T result = transaction(work);
                relaxedCommits.incrementAndGet();
                return result;
            } finally {
                pragma("PRAGMA synchronous = FULL");
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes every commit made so far durable, as a {@code synchronous=FULL} commit would have: one fsync of the
     * write-ahead log, outside the connection's lock, so other transactions go on meanwhile. Callers of a burst
     * share it (group commit): a caller whose commits an fsync begun after them already covered returns at once.
     * With {@link #relaxedTransaction} this is "commit now, durable before you act on it" (issue 18: a ticket is
     * durable before it is printed, while the windows' calls no longer wait behind its fsync).
     */
    public void syncLog() {
        long wanted = relaxedCommits.get();
        if (syncedCommits >= wanted) {
            return;
        }
        synchronized (syncLock) {
            if (syncedCommits >= wanted) {
                return; // the fsync of the caller before covered these commits too
            }
            long covered = relaxedCommits.get();
            // WAL frames are appended in commit order and a checkpoint syncs the log before it copies it, so an
            // fsync of the log file covers every commit written to it before the fsync began. No log file: it was
            // checkpointed (and synced) away; the database file then holds the commits.
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            try {
                force(Files.exists(wal) ? wal : file);
            } catch (IOException e) {
                throw new StoreException("cannot sync " + wal + ": " + e.getMessage(), e);
            }
            syncedCommits = covered;
        }
    }

    /** How many relaxed commits {@link #syncLog} made durable (tests). */
    public long syncedCommits() {
        return syncedCommits;
    }

    /** How many relaxed commits were made (tests). */
    public long relaxedCommits() {
        return relaxedCommits.get();
    }

    private static void force(Path path) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(path,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(false);
        }
    }

    private void pragma(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("database error in " + file + ": " + e.getMessage(), e);
        }
    }

    public int schemaVersion() {
        return transaction(Database::userVersion);
    }

    /** {@code PRAGMA integrity_check}: "ok" for a sound file, otherwise SQLite's list of faults. */
    public String integrityCheck() {
        return transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                StringBuilder sb = new StringBuilder();
                while (rs.next()) {
                    sb.append(sb.isEmpty() ? "" : "\n").append(rs.getString(1));
                }
                return sb.toString();
            }
        });
    }

    private void migrateTo(int target) {
        int current = schemaVersion();
        if (current > Migrations.latestVersion()) {
            throw new StoreException("the database " + file + " has schema version " + current
                    + ", newer than this kiosk's " + Migrations.latestVersion() + ": install the newer kiosk", null);
        }
        for (int version = current + 1; version <= target; version++) {
            int v = version;
            transaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : Migrations.statements(v)) {
                        s.execute(sql);
                    }
                    // PRAGMA cannot take a bound parameter; v is our own integer.
                    s.execute("PRAGMA user_version = " + v);
                }
                return null;
            });
            LOG.log(Level.INFO, "database {0}: migrated to schema version {1}", file, v);
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing {0}: {1}", file, e.getMessage());
        } finally {
            lock.unlock();
        }
    }
}
