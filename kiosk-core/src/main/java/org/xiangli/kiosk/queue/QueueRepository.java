package org.xiangli.kiosk.queue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.xiangli.kiosk.store.Sql;

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

    /**
     * Issues a ticket, or returns the one this request or this person already holds (see {@link IssueResult}).
     * Committed without an fsync of its own: call {@link #makeDurable()} before the ticket is shown or printed.
     */
    public Issued issue(String requestId, char service, LocalDate day, Instant at, PriorityReason priority,
                        Optional<String> personKey) {
        return db.relaxedTransaction(c -> issue(c, requestId, service, day, at, priority, personKey));
    }

    /**
     * Runs everything {@link #issue} does, a person's earlier ticket looked for, the day's counter and the new row
     * read back, and rolls it all back: nothing is issued (a warm-up, see {@link QueueService#warmUp}).
     */
    public Ticket rehearseIssue(char service, LocalDate day, Instant at, Optional<String> personKey) {
        return db.rehearsal(c -> issue(c, "rehearsal", service, day, at, PriorityReason.NONE, personKey)).ticket();
    }

    private static Issued issue(Connection c, String requestId, char service, LocalDate day, Instant at,
                                PriorityReason priority, Optional<String> personKey) throws SQLException {
        Optional<Ticket> repeated = Sql.one(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE request_id = ?",
                QueueRepository::ticket, requestId);
        if (repeated.isPresent()) {
            return new Issued(repeated.get(), IssueResult.Kind.REPEATED_REQUEST);
        }
        if (personKey.isPresent()) {
            Optional<Ticket> waiting = Sql.one(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE person_key = ? "
                    + "AND service = ? AND day = ? AND status = 'WAITING'", QueueRepository::ticket,
                    personKey.get(), String.valueOf(service), day.toString());
            if (waiting.isPresent()) {
                return new Issued(waiting.get(), IssueResult.Kind.ALREADY_WAITING);
            }
        }
        int number = Sql.one(c, "INSERT INTO ticket_counter(day, letter, last_number) VALUES (?, ?, 1) "
                + "ON CONFLICT(day, letter) DO UPDATE SET last_number = last_number + 1 RETURNING last_number",
                rs -> rs.getInt(1), day.toString(), String.valueOf(service)).orElseThrow();
        if (number > MAX_NUMBER) {
            throw new QueueException(Reason.DAY_FULL, "all " + MAX_NUMBER + " numbers of service " + service
                    + " are issued for " + day);
        }
        long id = Sql.one(c, "INSERT INTO ticket(request_id, day, letter, number, service, priority, status, "
                + "person_key, issued_at) VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?) RETURNING id",
                rs -> rs.getLong(1), requestId, day.toString(), String.valueOf(service), number,
                String.valueOf(service), priority.name(), personKey.orElse(null), at.toEpochMilli()).orElseThrow();
        return new Issued(byId(c, id).orElseThrow(), IssueResult.Kind.ISSUED);
    }

    /**
     * Every commit so far made durable by one fsync of the log, which the callers of a burst share; the queue
     * calls it outside its lock, so no window's call waits behind a ticket's fsync.
     */
    public void makeDurable() {
        db.syncLog();
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
        return db.transaction(c -> Sql.list(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE status = 'HELD' "
                + "AND window = ? AND day = ? ORDER BY issued_at, id", QueueRepository::ticket, window,
                day.toString()));
    }

    /** Mean service time (call to finish) of the last {@code last} finished tickets of a service, if any. */
    public Optional<Duration> recentServiceTime(char service, int last) {
        return db.transaction(c -> Sql.one(c, "SELECT avg(finished_at - called_at), count(*) FROM "
                + "(SELECT finished_at, called_at FROM ticket WHERE service = ? AND status = 'DONE' "
                + "AND called_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?)",
                rs -> rs.getInt(2) > 0 ? Duration.ofMillis(Math.round(rs.getDouble(1))) : null,
                String.valueOf(service), last));
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
        // writes, and no ticket is shown or printed before makeDurable() fsynced the log after it (QueueService.take).
        // WAL frames are appended in commit order and an fsync of the log covers all of it, so a power cut can only
        // lose the relaxed commits made after the last fsync or checkpoint:
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
            Sql.update(c, "UPDATE ticket SET status = 'CALLED', window = ?, called_at = ?, "
                    + "call_count = call_count + 1, person_key = NULL WHERE id = ?", window, now.toEpochMilli(),
                    next.id());
            Sql.update(c, "INSERT INTO service_window(number, priority_streak) VALUES (?, ?) "
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
            Sql.update(c, "UPDATE ticket SET call_count = call_count + 1 WHERE id = ?", t.id());
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
                Sql.update(c, "UPDATE ticket SET status = 'NO_SHOW', finished_at = ? WHERE id = ?", now.toEpochMilli(),
                        t.id());
            }
            return byId(c, t.id()).orElseThrow();
        });
    }

    /** Sets the window's current ticket aside (the villager fetches a paper); the window can call the next one. */
    public Ticket hold(int window, LocalDate day) {
        return db.transaction(c -> {
            Ticket t = current(c, window, day).orElseThrow(() -> noCurrent(window));
            Sql.update(c, "UPDATE ticket SET status = 'HELD' WHERE id = ?", t.id());
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
            Sql.update(c, "UPDATE ticket SET status = 'CALLED', call_count = call_count + 1 WHERE id = ?", held.id());
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
            Sql.update(c, "UPDATE ticket SET status = 'WAITING', service = ?, window = NULL, called_at = NULL "
                    + "WHERE id = ?", String.valueOf(toService), t.id());
            return byId(c, t.id()).orElseThrow();
        });
    }

    public Ticket setPriority(long ticketId, PriorityReason reason) {
        return db.transaction(c -> {
            if (Sql.update(c, "UPDATE ticket SET priority = ? WHERE id = ? AND status = 'WAITING'", reason.name(),
                    ticketId) == 0) {
                throw new QueueException(Reason.NO_SUCH_TICKET, "no waiting ticket " + ticketId);
            }
            return byId(c, ticketId).orElseThrow();
        });
    }

    public void rate(long ticketId, int level) {
        db.transaction(c -> Sql.update(c, "UPDATE ticket SET rating = ? WHERE id = ? AND status = 'DONE'", level,
                ticketId));
    }

    public void setPaused(int window, boolean paused) {
        db.transaction(c -> Sql.update(c, "INSERT INTO service_window(number, paused) VALUES (?, ?) "
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
        return db.transaction(c -> Sql.list(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE day BETWEEN ? AND ? "
                + "ORDER BY id", QueueRepository::ticket, from.toString(), to.toString()));
    }

    /** The key of {@link PersonKeys}, made at random the first time and kept in the database. */
    public byte[] personKeySecret() {
        return db.transaction(c -> {
            Optional<byte[]> stored = Sql.one(c, "SELECT key FROM queue_secret WHERE id = 1", rs -> rs.getBytes(1));
            if (stored.isPresent()) {
                return stored.get();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Sql.update(c, "INSERT INTO queue_secret(id, key) VALUES (1, ?)", key);
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
        Sql.update(c, "UPDATE ticket SET status = 'DONE', finished_at = ? WHERE id = ?", now.toEpochMilli(), id);
    }

    private static Call recordCall(Connection c, long ticketId, int window, Instant now, boolean recall)
            throws SQLException {
        long id = Sql.one(c, "INSERT INTO queue_call(at, ticket_id, window, recall) VALUES (?, ?, ?, ?) RETURNING id",
                rs -> rs.getLong(1), now.toEpochMilli(), ticketId, window, recall ? 1 : 0).orElseThrow();
        return calls(c, "WHERE q.id = ?", id).getFirst();
    }

    private static List<Call> calls(Connection c, String where, Object... args) throws SQLException {
        return Sql.list(c, "SELECT q.id, q.at, t.letter, t.number, t.service, q.window, q.recall, t.priority "
                + "FROM queue_call q JOIN ticket t ON t.id = q.ticket_id " + where, rs -> new Call(rs.getLong(1),
                Instant.ofEpochMilli(rs.getLong(2)), Ticket.label(rs.getString(3).charAt(0), rs.getInt(4)),
                rs.getString(5).charAt(0), rs.getInt(6), rs.getInt(7) == 1,
                PriorityReason.valueOf(rs.getString(8)).isPriority()), args);
    }

    private static WindowState windowState(Connection c, int window) throws SQLException {
        return Sql.one(c, "SELECT paused, priority_streak FROM service_window WHERE number = ?",
                        rs -> new WindowState(window, rs.getInt(1) == 1, rs.getInt(2)), window)
                // Windows come from the service guide; one not yet touched is open with no streak.
                .orElse(new WindowState(window, false, 0));
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
        return Sql.list(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE status = 'WAITING' AND day = ? "
                + "AND service IN (" + marks + ") ORDER BY issued_at, id", QueueRepository::ticket, args.toArray());
    }

    private static Optional<Ticket> current(Connection c, int window, LocalDate day) throws SQLException {
        return Sql.one(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE status = 'CALLED' AND window = ? "
                + "AND day = ?", QueueRepository::ticket, window, day.toString());
    }

    private static Optional<Ticket> byId(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + TICKET_COLUMNS + " FROM ticket WHERE id = ?", QueueRepository::ticket, id);
    }

    /** A row of {@link #TICKET_COLUMNS}. */
    private static Ticket ticket(ResultSet rs) throws SQLException {
        return new Ticket(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3).charAt(0), rs.getInt(4),
                rs.getString(5).charAt(0), PriorityReason.valueOf(rs.getString(6)),
                TicketStatus.valueOf(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)), instant(rs, 9),
                instant(rs, 10), rs.getInt(11), rs.getInt(12),
                rs.getObject(13) == null ? Optional.empty() : Optional.of(rs.getInt(13)));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
