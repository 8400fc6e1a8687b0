package org.xiangli.kiosk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Operational events for diagnostics (start-ups, technician exits). Never personal data. */
public final class KioskEventRepository {

    public record KioskEvent(long id, Instant at, String kind, String detail) {
    }

    private final Database db;

    public KioskEventRepository(Database db) {
        this.db = db;
    }

    public void record(Instant at, String kind, String detail) {
        db.transaction(c -> Sql.update(c, "INSERT INTO kiosk_event(at, kind, detail) VALUES (?, ?, ?)",
                at.toString(), kind, detail));
    }

    public List<KioskEvent> latest(int limit) {
        return db.transaction(c -> Sql.list(c, "SELECT id, at, kind, detail FROM kiosk_event ORDER BY id DESC LIMIT ?",
                KioskEventRepository::event, limit));
    }

    /** How many events of {@code kind} fell in [from, to), by their detail (e.g. item opens by item id). */
    public java.util.Map<String, Integer> countByDetail(String kind, Instant from, Instant to) {
        return db.transaction(c -> {
            java.util.Map<String, Integer> out = new java.util.TreeMap<>();
            for (Object[] row : Sql.list(c, "SELECT detail, count(*) FROM kiosk_event WHERE kind = ? AND at >= ? "
                    + "AND at < ? GROUP BY detail", rs -> new Object[] {rs.getString(1), rs.getInt(2)}, kind,
                    from.toString(), to.toString())) {
                out.put((String) row[0], (Integer) row[1]);
            }
            return out;
        });
    }

    /** The newest {@code limit} events of the given kinds, newest first. */
    public List<KioskEvent> latestOf(List<String> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(kinds.size(), "?"));
        List<Object> params = new ArrayList<>(kinds);
        params.add(limit);
        return db.transaction(c -> Sql.list(c, "SELECT id, at, kind, detail FROM kiosk_event WHERE kind IN (" + marks
                + ") ORDER BY id DESC LIMIT ?", KioskEventRepository::event, params.toArray()));
    }

    private static KioskEvent event(ResultSet rs) throws SQLException {
        return new KioskEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4));
    }
}
