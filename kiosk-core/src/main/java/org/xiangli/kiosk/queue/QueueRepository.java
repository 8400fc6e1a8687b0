package org.xiangli.kiosk.queue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xiangli.kiosk.queue.QueueException.Reason;
import org.xiangli.kiosk.store.Database;

/**
 * Data access for tickets, calls and windows. Each public method is one transaction, so a rule that reads and then
 * writes (the next number, the next ticket) can never interleave with another window's call.
 */
public final class QueueRepository {

    private static final String TICKET_COLUMNS = "id, day, letter, number, service, priority, status, issued_at, "
            + "called_at, finished_at, window, call_count, rating";
    static final int MAX_NUMBER = 999;

    private final Database db;

    public QueueRepository(Database db) {
        this.db = db;
    }

    /** Issues a ticket, or returns the one this request or this person already holds (see {@link IssueResult}). */
    public Issued issue(String requestId, char service, LocalDate day, Instant at, PriorityReason priority,
                        Optional<String> personKey) {
        return db.transaction(c -> {
            Optional<Ticket> repeated = one(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE request_id = ?",
                    requestId);
            if (repeated.isPresent()) {
                return new Issued(repeated.get(), IssueResult.Kind.REPEATED_REQUEST);
            }
            if (personKey.isPresent()) {
                Optional<Ticket> waiting = one(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE person_key = ? "
                        + "AND service = ? AND day = ? AND status = 'WAITING'", personKey.get(),
                        String.valueOf(service), day.toString());
                if (waiting.isPresent()) {
                    return new Issued(waiting.get(), IssueResult.Kind.ALREADY_WAITING);
                }
            }
            int number;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket_counter(day, letter, last_number) "
                    + "VALUES (?, ?, 1) ON CONFLICT(day, letter) DO UPDATE SET last_number = last_number + 1 "
                    + "RETURNING last_number")) {
                ps.setString(1, day.toString());
                ps.setString(2, String.valueOf(service));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    number = rs.getInt(1);
                }
            }
            if (number > MAX_NUMBER) {
                throw new QueueException(Reason.DAY_FULL, "all " + MAX_NUMBER + " numbers of service " + service
                        + " are issued for " + day);
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket(request_id, day, letter, number, "
                    + "service, priority, status, person_key, issued_at) VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?) "
                    + "RETURNING id")) {
                ps.setString(1, requestId);
                ps.setString(2, day.toString());
                ps.setString(3, String.valueOf(service));
                ps.setInt(4, number);
                ps.setString(5, String.valueOf(service));
                ps.setString(6, priority.name());
                ps.setString(7, personKey.orElse(null));
                ps.setLong(8, at.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            return new Issued(byId(c, id).orElseThrow(), IssueResult.Kind.ISSUED);
        });
    }

    /** A ticket and how it came to be returned by {@link #issue}. */
    public record Issued(Ticket ticket, IssueResult.Kind kind) {
    }

    /** The waiting tickets of {@code day} for {@code services}, in arrival order (a transfer keeps its place). */
    public List<Ticket> waiting(LocalDate day, Collection<Character> services) {
        return db.transaction(c -> waiting(c, day, services));
    }

    public Optional<Ticket> ticket(long id) {
        return db.transaction(c -> byId(c, id));
    }

    public Optional<Ticket> current(int window, LocalDate day) {
        return db.transaction(c -> current(c, window, day));
    }

    public List<Ticket> held(int window, LocalDate day) {
        return db.transaction(c -> list(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE status = 'HELD' "
                + "AND window = ? AND day = ? ORDER BY issued_at, id", window, day.toString()));
    }

    /** Mean service time (call to finish) of the last {@code last} finished tickets of a service, if any. */
    public Optional<Duration> recentServiceTime(char service, int last) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT avg(finished_at - called_at), count(*) FROM "
                    + "(SELECT finished_at, called_at FROM ticket WHERE service = ? AND status = 'DONE' "
                    + "AND called_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?)")) {
                ps.setString(1, String.valueOf(service));
                ps.setInt(2, last);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(2) > 0
                            ? Optional.of(Duration.ofMillis(Math.round(rs.getDouble(1)))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Calls the next ticket at {@code window} in one transaction: the window's current ticket counts as finished,
     * the rule picks the next among {@code services}, the call is recorded. Empty when nobody waits.
     */
    public Optional<CallOutcome> callNext(int window, Collection<Character> services, LocalDate day, Instant now,
                                          NextTicketRule rule) {
        // Committed without an fsync of its own (synchronous=NORMAL in WAL): ten windows calling at once otherwise
        // queue behind one another's fsync, and the call reaches the displays late (bench/queue.sh). Why this is
        // safe: the promise "a ticket number is never issued twice" lives in ticket_counter, which only issue()
        // writes, always with synchronous=FULL. WAL frames are appended in commit order and a FULL commit fsyncs the
        // whole log, so a power cut can only lose the relaxed commits made after the last FULL commit or checkpoint:
        // those calls roll back whole (the ticket waits again, or stays current at its window, and is simply
        // called again after the restart), while every counter bump that was ever printed on a ticket survives.
        // DisplayFeed treats a display's Last-Event-ID beyond the restored log as a fresh connection.
        return db.relaxedTransaction(c -> {
            WindowState state = windowState(c, window);
            if (state.paused()) {
                throw new QueueException(Reason.WINDOW_PAUSED, "window " + window + " is paused");
            }
            Optional<Ticket> finished = current(c, window, day);
            if (finished.isPresent()) {
                finish(c, finished.get().id(), now);
            }
            Optional<NextTicketRule.Choice> choice = rule.choose(waiting(c, day, services), state.priorityStreak());
            if (choice.isEmpty()) {
                return finished.isPresent()
                        ? Optional.of(new CallOutcome(Optional.empty(), reread(c, finished)))
                        : Optional.empty();
            }
            Ticket next = choice.get().ticket();
            update(c, "UPDATE ticket SET status = 'CALLED', window = ?, called_at = ?, call_count = call_count + 1, "
                    + "person_key = NULL WHERE id = ?", window, now.toEpochMilli(), next.id());
            update(c, "INSERT INTO service_window(number, priority_streak) VALUES (?, ?) "
                    + "ON CONFLICT(number) DO UPDATE SET priority_streak = excluded.priority_streak",
                    window, choice.get().streak());
            Call call = recordCall(c, next.id(), window, now, false);
            return Optional.of(new CallOutcome(Optional.of(call), reread(c, finished)));
        });
    }

    /** A call made, and the ticket that calling it finished (the window's previous one), each if any. */
    public record CallOutcome(Optional<Call> call, Optional<Ticket> finished) {
    }

    public Call recall(int window, LocalDate day, Instant now) {
        return db.transaction(c -> {
            Ticket t = current(c, window, day).orElseThrow(() -> noCurrent(window));
            update(c, "UPDATE ticket SET call_count = call_count + 1 WHERE id = ?", t.id());
            return recordCall(c, t.id(), window, now, true);
        });
    }

    /** Ends the window's current ticket as {@code DONE} or {@code NO_SHOW}. */
    public Ticket end(int window, LocalDate day, Instant now, TicketStatus how) {
        return db.transaction(c -> {
            Ticket t = current(c, window, day).orElseThrow(() -> noCurrent(window));
            if (how == TicketStatus.DONE) {
                finish(c, t.id(), now);
            } else {
                update(c, "UPDATE ticket SET status = 'NO_SHOW', finished_at = ? WHERE id = ?", now.toEpochMilli(),
                        t.id());
            }
            return byId(c, t.id()).orElseThrow();
        });
    }

    /** Sets the window's current ticket aside (the villager fetches a paper); the window can call the next one. */
    public Ticket hold(int window, LocalDate day) {
        return db.transaction(c -> {
            Ticket t = current(c, window, day).orElseThrow(() -> noCurrent(window));
            update(c, "UPDATE ticket SET status = 'HELD' WHERE id = ?", t.id());
            return byId(c, t.id()).orElseThrow();
        });
    }

    /** Brings a held ticket back to its window as the current one, and calls it again. */
    public CallOutcome resume(long ticketId, int window, LocalDate day, Instant now) {
        return db.transaction(c -> {
            Ticket held = byId(c, ticketId).filter(t -> t.status() == TicketStatus.HELD && t.window() == window)
                    .orElseThrow(() -> new QueueException(Reason.NO_SUCH_TICKET, "no held ticket " + ticketId
                            + " at window " + window));
            Optional<Ticket> finished = current(c, window, day);
            if (finished.isPresent()) {
                finish(c, finished.get().id(), now);
            }
            update(c, "UPDATE ticket SET status = 'CALLED', call_count = call_count + 1 WHERE id = ?", held.id());
            Call call = recordCall(c, held.id(), window, now, true);
            return new CallOutcome(Optional.of(call), reread(c, finished));
        });
    }

    /** Moves a waiting, called or held ticket to another service; it keeps its arrival time, hence its place. */
    public Ticket transfer(long ticketId, char toService) {
        return db.transaction(c -> {
            Ticket t = byId(c, ticketId).filter(x -> x.status() == TicketStatus.WAITING
                            || x.status() == TicketStatus.CALLED || x.status() == TicketStatus.HELD)
                    .orElseThrow(() -> new QueueException(Reason.NO_SUCH_TICKET, "no open ticket " + ticketId));
            update(c, "UPDATE ticket SET status = 'WAITING', service = ?, window = NULL, called_at = NULL "
                    + "WHERE id = ?", String.valueOf(toService), t.id());
            return byId(c, t.id()).orElseThrow();
        });
    }

    public Ticket setPriority(long ticketId, PriorityReason reason) {
        return db.transaction(c -> {
            if (update(c, "UPDATE ticket SET priority = ? WHERE id = ? AND status = 'WAITING'", reason.name(),
                    ticketId) == 0) {
                throw new QueueException(Reason.NO_SUCH_TICKET, "no waiting ticket " + ticketId);
            }
            return byId(c, ticketId).orElseThrow();
        });
    }

    public void rate(long ticketId, int level) {
        db.transaction(c -> update(c, "UPDATE ticket SET rating = ? WHERE id = ? AND status = 'DONE'", level,
                ticketId));
    }

    public void setPaused(int window, boolean paused) {
        db.transaction(c -> update(c, "INSERT INTO service_window(number, paused) VALUES (?, ?) "
                + "ON CONFLICT(number) DO UPDATE SET paused = excluded.paused", window, paused ? 1 : 0));
    }

    public WindowState windowState(int window) {
        return db.transaction(c -> windowState(c, window));
    }

    /** The calls after {@code afterId}, oldest first: what a reconnecting display missed. */
    public List<Call> callsAfter(long afterId, int limit) {
        return db.transaction(c -> calls(c, "WHERE q.id > ? ORDER BY q.id LIMIT ?", afterId, limit));
    }

    /** The last {@code limit} calls, oldest first. */
    public List<Call> recentCalls(int limit) {
        return db.transaction(c -> {
            List<Call> calls = new ArrayList<>(calls(c, "ORDER BY q.id DESC LIMIT ?", limit));
            java.util.Collections.reverse(calls);
            return calls;
        });
    }

    /** Every ticket issued on the days {@code from} to {@code to}, for statistics. */
    public List<Ticket> ticketsBetween(LocalDate from, LocalDate to) {
        return db.transaction(c -> list(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE day BETWEEN ? AND ? "
                + "ORDER BY id", from.toString(), to.toString()));
    }

    /** The key of {@link PersonKeys}, made at random the first time and kept in the database. */
    public byte[] personKeySecret() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key FROM queue_secret WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getBytes(1);
                }
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO queue_secret(id, key) VALUES (1, ?)")) {
                ps.setBytes(1, key);
                ps.executeUpdate();
            }
            return key;
        });
    }

    private static Optional<Ticket> reread(Connection c, Optional<Ticket> ticket) throws SQLException {
        return ticket.isPresent() ? byId(c, ticket.get().id()) : Optional.empty();
    }

    private static QueueException noCurrent(int window) {
        return new QueueException(Reason.NO_CURRENT_TICKET, "window " + window + " has no current ticket");
    }

    private static void finish(Connection c, long id, Instant now) throws SQLException {
        update(c, "UPDATE ticket SET status = 'DONE', finished_at = ? WHERE id = ?", now.toEpochMilli(), id);
    }

    private static Call recordCall(Connection c, long ticketId, int window, Instant now, boolean recall)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO queue_call(at, ticket_id, window, recall) "
                + "VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setLong(2, ticketId);
            ps.setInt(3, window);
            ps.setInt(4, recall ? 1 : 0);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return calls(c, "WHERE q.id = ?", id).getFirst();
            }
        }
    }

    private static List<Call> calls(Connection c, String where, Object... args) throws SQLException {
        List<Call> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT q.id, q.at, t.letter, t.number, t.service, q.window, "
                + "q.recall FROM queue_call q JOIN ticket t ON t.id = q.ticket_id " + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Call(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                            Ticket.label(rs.getString(3).charAt(0), rs.getInt(4)), rs.getString(5).charAt(0),
                            rs.getInt(6), rs.getInt(7) == 1));
                }
            }
        }
        return out;
    }

    private static WindowState windowState(Connection c, int window) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT paused, priority_streak FROM service_window WHERE number = ?")) {
            ps.setInt(1, window);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    // Windows come from the service guide; one not yet touched is open with no streak.
                    return new WindowState(window, false, 0);
                }
                return new WindowState(window, rs.getInt(1) == 1, rs.getInt(2));
            }
        }
    }

    private static List<Ticket> waiting(Connection c, LocalDate day, Collection<Character> services)
            throws SQLException {
        if (services.isEmpty()) {
            return List.of();
        }
        String marks = services.stream().map(s -> "?").collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>();
        args.add(day.toString());
        services.forEach(s -> args.add(String.valueOf(s)));
        return list(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE status = 'WAITING' AND day = ? "
                + "AND service IN (" + marks + ") ORDER BY issued_at, id", args.toArray());
    }

    private static Optional<Ticket> current(Connection c, int window, LocalDate day) throws SQLException {
        return one(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE status = 'CALLED' AND window = ? AND day = ?",
                window, day.toString());
    }

    private static Optional<Ticket> byId(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE id = ?", id);
    }

    private static Optional<Ticket> one(Connection c, String sql, Object... args) throws SQLException {
        List<Ticket> found = list(c, sql, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private static List<Ticket> list(Connection c, String sql, Object... args) throws SQLException {
        List<Ticket> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Ticket(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3).charAt(0),
                            rs.getInt(4), rs.getString(5).charAt(0), PriorityReason.valueOf(rs.getString(6)),
                            TicketStatus.valueOf(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)),
                            instant(rs, 9), instant(rs, 10), rs.getInt(11), rs.getInt(12),
                            rs.getObject(13) == null ? Optional.empty() : Optional.of(rs.getInt(13))));
                }
            }
        }
        return out;
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }
}
