package org.xiangli.county.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.fleet.Telemetry;
import org.xiangli.kiosk.store.Sql;

/**
 * Stores what kiosks report, a batch per transaction (the ingest hands over what arrived in the last moment):
 * state on the station's row, telemetry and events in their tables (a report replayed twice is kept once, by its
 * id), replies on the command they answer, screenshots apart. Also reads them back for the station page.
 */
public final class ReportRepository {

    /** Screenshots kept per station; older ones are deleted as new ones come. */
    static final int SCREENSHOTS_KEPT = 10;

    public record TelemetryRow(String id, Instant at, Instant receivedAt, String day, Integer issued, Integer served,
                               Integer waiting, Integer waitP90, Integer satisfied, Integer rated, Long diskFreeMb,
                               Long diskTotalMb, Double temperature) {
    }

    public record EventRow(String id, Instant at, String kind, String severity, String subject, String detail) {
    }

    public record CommandRow(String id, String station, String verb, String args, Instant issuedAt, String issuedBy,
                             Optional<Instant> repliedAt, Optional<Boolean> ok, String reason, String message) {
    }

    public record ScreenshotRow(long id, String station, Instant at) {
    }

    private final HubDatabase db;

    public ReportRepository(HubDatabase db) {
        this.db = db;
    }

    public void store(List<Report> batch) {
        db.transaction(c -> {
            for (Report r : batch) {
                ensureStation(c, r.station());
                switch (r) {
                    case Report.State s -> state(c, s);
                    case Report.TelemetryReport t -> telemetry(c, t);
                    case Report.Event e -> event(c, e);
                    case Report.Reply rep -> reply(c, rep);
                }
            }
            return null;
        });
    }

    private static void ensureStation(Connection c, String code) throws SQLException {
        Sql.update(c, "INSERT INTO station(code) VALUES (?) ON CONFLICT(code) DO NOTHING", code);
    }

    private static void seen(Connection c, String code, Instant at) throws SQLException {
        Sql.update(c, "UPDATE station SET last_seen = ? WHERE code = ? AND (last_seen IS NULL OR last_seen < ?)",
                at.toString(), code, at.toString());
    }

    private static void state(Connection c, Report.State s) throws SQLException {
        boolean online = s.state().online();
        Sql.update(c, "UPDATE station SET online_since = CASE WHEN online = ? AND online_since IS NOT NULL "
                + "THEN online_since ELSE ? END, online = ?, state_json = CASE WHEN ? = 1 THEN ? ELSE state_json END "
                + "WHERE code = ?", online ? 1 : 0, s.receivedAt().toString(), online ? 1 : 0, online ? 1 : 0,
                s.json(), s.station());
        seen(c, s.station(), s.receivedAt());
    }

    private static void telemetry(Connection c, Report.TelemetryReport r) throws SQLException {
        Telemetry t = r.telemetry();
        Telemetry.QueueFigures q = t.queue();
        Telemetry.SystemFigures sys = t.system();
        int[] ratings = t.ratings() == null ? new int[5] : t.ratings();
        int rated = Arrays.stream(ratings).sum();
        // 满意 and 非常满意: the share the policy judges a station by.
        int satisfied = ratings.length == 5 ? ratings[3] + ratings[4] : 0;
        int added = Sql.update(c, "INSERT INTO telemetry(station, id, at, received_at, day, issued, served, waiting, "
                + "wait_p90, satisfied, rated, disk_free_mb, disk_total_mb, temperature, json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(station, id) DO NOTHING",
                r.station(), t.id(), t.at(), r.receivedAt().toString(), t.day(),
                q == null ? null : q.issued(), q == null ? null : q.served(), q == null ? null : q.waiting(),
                q == null ? null : q.waitP90Seconds(), satisfied, rated,
                sys == null ? null : sys.diskFreeMb(), sys == null ? null : sys.diskTotalMb(),
                sys == null ? null : sys.temperatureC(), r.json());
        if (added == 1 && t.opens() != null && t.day() != null) {
            // Running counts of today's opens per item (issue 17's reach): the highest seen wins, so a report
            // replayed out of order cannot lower them.
            for (var e : t.opens().entrySet()) {
                if (e.getKey() != null && e.getKey().length() <= 200 && e.getValue() != null && e.getValue() >= 0) {
                    Sql.update(c, "INSERT INTO item_opens(station, item, day, opens) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(station, item, day) DO UPDATE SET opens = max(opens, excluded.opens)",
                            r.station(), e.getKey(), t.day(), e.getValue());
                }
            }
        }
        if (added == 1) {
            Sql.update(c, "UPDATE station SET telemetry_id = ?, telemetry_at = ?, telemetry_json = ? "
                    + "WHERE code = ? AND (telemetry_at IS NULL OR telemetry_at <= ?)", t.id(), t.at(), r.json(),
                    r.station(), t.at());
        }
        seen(c, r.station(), r.receivedAt());
    }

    private static void event(Connection c, Report.Event r) throws SQLException {
        Sql.update(c, "INSERT INTO event(station, id, at, received_at, kind, severity, subject, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(station, id) DO NOTHING", r.station(), r.event().id(),
                r.event().at(), r.receivedAt().toString(), r.event().kind(), r.event().severity(),
                r.event().subject(), r.event().detail());
        seen(c, r.station(), r.receivedAt());
    }

    private static void reply(Connection c, Report.Reply r) throws SQLException {
        if (r.reply().id() != null) {
            Sql.update(c, "UPDATE command SET replied_at = ?, ok = ?, reason = ?, message = ? WHERE id = ? "
                    + "AND station = ?", r.receivedAt().toString(), r.reply().ok() ? 1 : 0, r.reply().reason(),
                    r.reply().message(), r.reply().id(), r.station());
        }
        if (r.png() != null) {
            Sql.update(c, "INSERT INTO screenshot(station, at, png) VALUES (?, ?, ?)", r.station(),
                    r.receivedAt().toString(), r.png());
            Sql.update(c, "DELETE FROM screenshot WHERE station = ? AND id NOT IN (SELECT id FROM screenshot "
                    + "WHERE station = ? ORDER BY id DESC LIMIT ?)", r.station(), r.station(), SCREENSHOTS_KEPT);
        }
        seen(c, r.station(), r.receivedAt());
    }

    /** A command sent, so its reply can be matched to it. */
    public void commandSent(String id, String station, String verb, String args, Instant at, String by) {
        db.transaction(c -> Sql.update(c, "INSERT INTO command(id, station, verb, args, issued_at, issued_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, station, verb, args, at.toString(), by));
    }

    public List<TelemetryRow> telemetry(String station, Instant since, int limit) {
        return db.transaction(c -> Sql.list(c, "SELECT id, at, received_at, day, issued, served, waiting, wait_p90, "
                + "satisfied, rated, disk_free_mb, disk_total_mb, temperature FROM telemetry WHERE station = ? "
                + "AND at >= ? ORDER BY at DESC LIMIT ?", rs -> new TelemetryRow(rs.getString(1),
                Instant.parse(rs.getString(2)), Instant.parse(rs.getString(3)), rs.getString(4),
                (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
                longOrNull(rs.getObject(11)), longOrNull(rs.getObject(12)), (Double) rs.getObject(13)),
                station, since.toString(), limit));
    }

    private static Long longOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    public List<EventRow> events(String station, int limit) {
        return db.transaction(c -> Sql.list(c, "SELECT id, at, kind, severity, subject, detail FROM event "
                + "WHERE station = ? ORDER BY at DESC LIMIT ?", rs -> new EventRow(rs.getString(1),
                Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                station, limit));
    }

    public List<CommandRow> commands(String station, int limit) {
        return db.transaction(c -> Sql.list(c, "SELECT id, station, verb, args, issued_at, issued_by, replied_at, ok, "
                + "reason, message FROM command WHERE station = ? ORDER BY issued_at DESC LIMIT ?",
                ReportRepository::command, station, limit));
    }

    public Optional<CommandRow> command(String id) {
        return db.transaction(c -> Sql.one(c, "SELECT id, station, verb, args, issued_at, issued_by, replied_at, ok, "
                + "reason, message FROM command WHERE id = ?", ReportRepository::command, id));
    }

    private static CommandRow command(java.sql.ResultSet rs) throws SQLException {
        Object ok = rs.getObject(8);
        return new CommandRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.parse(rs.getString(5)), rs.getString(6), StationRepository.instant(rs.getString(7)),
                ok == null ? Optional.empty() : Optional.of(((Number) ok).intValue() == 1), rs.getString(9),
                rs.getString(10));
    }

    public List<ScreenshotRow> screenshots(String station) {
        return db.transaction(c -> Sql.list(c, "SELECT id, station, at FROM screenshot WHERE station = ? "
                + "ORDER BY id DESC", rs -> new ScreenshotRow(rs.getLong(1), rs.getString(2),
                Instant.parse(rs.getString(3))), station));
    }

    public Optional<byte[]> screenshot(String station, long id) {
        return db.transaction(c -> Sql.one(c, "SELECT png FROM screenshot WHERE station = ? AND id = ?",
                rs -> rs.getBytes(1), station, id));
    }

    /** Deletes telemetry and events older than {@code before} (a year by default: the county's statistics). */
    public int forgetBefore(Instant before) {
        return db.transaction(c -> Sql.update(c, "DELETE FROM telemetry WHERE at < ?", before.toString())
                + Sql.update(c, "DELETE FROM event WHERE at < ?", before.toString()));
    }
}
