package org.xiangli.kiosk.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.LockedTransactions;
import org.xiangli.kiosk.store.StoreException;

/**
 * The fleet's outbox: telemetry and events wait here until the broker has acknowledged them (QoS 1), across
 * disconnections and restarts; and the ids of commands obeyed, until they expire (against replay).
 *
 * <p>Its own SQLite file ({@code fleet.db} beside {@code kiosk.db}), not a table of the kiosk's database: reports
 * never wait behind a ticket's fsync, nor a ticket behind a burst of reports. Durability: WAL with
 * {@code synchronous=NORMAL}: a power cut may lose the last few reports (they are statistics, sent again at the next
 * interval), never corrupt the file. A command id, once written, is committed before the command runs.
 *
 * <p>Bounded: beyond {@code max} rows the oldest are dropped first, and counted ({@link #dropped()}), so a kiosk
 * offline for a month neither fills its SD card nor hides that reports were lost. One connection, every method
 * synchronized: callers are the fleet's one sender thread and its command thread.
 */
public final class OutboxRepository implements Outbox {

    private final Connection connection;
    /** The methods are synchronized already; the runner's own lock is then never contended. */
    private final LockedTransactions transactions;
    private final int max;

    private OutboxRepository(Connection connection, int max) {
        this.connection = connection;
        this.transactions = new LockedTransactions(connection, new java.util.concurrent.locks.ReentrantLock(),
                "fleet outbox");
        this.max = max;
    }

    public static OutboxRepository open(Path file, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("an outbox holds at least one report");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "topic TEXT NOT NULL, payload BLOB NOT NULL, queued_at TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS outbox_counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS seen_command (id TEXT PRIMARY KEY, expires TEXT NOT NULL)");
                // One row at most: the county's notice replaces the one before it.
                s.execute("CREATE TABLE IF NOT EXISTS standing_notice (one INTEGER PRIMARY KEY CHECK (one = 1), "
                        + "text TEXT NOT NULL, until TEXT NOT NULL)");
            }
            return new OutboxRepository(c, max);
        } catch (java.io.IOException | SQLException e) {
            throw new StoreException("cannot open the fleet outbox " + file + ": " + e.getMessage(), e);
        }
    }

    /** Queues a report; when that makes more than {@code max}, the oldest go and are counted as dropped. */
    @Override
    public synchronized void add(String topic, byte[] payload, Instant at) {
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO outbox(topic, payload, queued_at) VALUES (?, ?, ?)")) {
                ps.setString(1, topic);
                ps.setBytes(2, payload);
                ps.setString(3, at.toString());
                ps.executeUpdate();
            }
            int over = count() - max;
            if (over > 0) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT ?)")) {
                    ps.setInt(1, over);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO outbox_counter(name, value) "
                        + "VALUES ('dropped', ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value")) {
                    ps.setInt(1, over);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The oldest {@code limit} reports, oldest first. */
    @Override
    public synchronized List<Pending> oldest(int limit) {
        return inTransaction(() -> {
            List<Pending> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, topic, payload FROM outbox ORDER BY id LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Pending(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
                    }
                }
            }
            return out;
        });
    }

    /** Removes reports the broker acknowledged. */
    @Override
    public synchronized void remove(List<Long> ids) {
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public synchronized int size() {
        return inTransaction(this::count);
    }

    /** Reports dropped because the outbox was full, since the file was made. */
    @Override
    public synchronized long dropped() {
        return inTransaction(() -> {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT value FROM outbox_counter WHERE name = 'dropped'")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * Remembers a command id until {@code expires}; false if it is remembered already. Ids whose command expired
     * before {@code now} are forgotten on the way (their commands are refused as expired anyway).
     */
    @Override
    public synchronized boolean firstTime(String id, Instant expires, Instant now) {
        return inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM seen_command WHERE expires < ?")) {
                ps.setString(1, now.toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO seen_command(id, expires) VALUES (?, ?) ON CONFLICT(id) DO NOTHING")) {
                ps.setString(1, id);
                ps.setString(2, expires.toString());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Kept with {@code synchronous=NORMAL}'s promise: a power cut in the same second may lose it, never corrupt it. */
    @Override
    public synchronized void keepNotice(StandingNotice notice) {
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO standing_notice(one, text, until) "
                    + "VALUES (1, ?, ?) ON CONFLICT(one) DO UPDATE SET text = excluded.text, until = excluded.until")) {
                ps.setString(1, notice.text());
                ps.setString(2, notice.until().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized Optional<StandingNotice> standingNotice(Instant now) {
        return inTransaction(() -> {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT text, until FROM standing_notice WHERE one = 1")) {
                if (!rs.next()) {
                    return Optional.<StandingNotice>empty();
                }
                StandingNotice notice;
                try {
                    notice = new StandingNotice(rs.getString(1), Instant.parse(rs.getString(2)));
                } catch (java.time.format.DateTimeParseException e) {
                    return Optional.<StandingNotice>empty(); // written by us; unreadable means a damaged row
                }
                return Optional.of(notice).filter(n -> n.until().isAfter(now));
            }
        });
    }

    private int count() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM outbox")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        return transactions.run(c -> work.run());
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the fleet outbox: " + e.getMessage(), e);
        }
    }
}
