package org.xiangli.kiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kiosk_event(at, kind, detail) VALUES (?, ?, ?)")) {
                ps.setString(1, at.toString());
                ps.setString(2, kind);
                ps.setString(3, detail);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<KioskEvent> latest(int limit) {
        return db.transaction(c -> {
            List<KioskEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, at, kind, detail FROM kiosk_event ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new KioskEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** The newest {@code limit} events of the given kinds, newest first. */
    public List<KioskEvent> latestOf(List<String> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return db.transaction(c -> {
            List<KioskEvent> out = new ArrayList<>();
            String marks = String.join(", ", Collections.nCopies(kinds.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, kind, detail FROM kiosk_event WHERE kind IN ("
                    + marks + ") ORDER BY id DESC LIMIT ?")) {
                for (int i = 0; i < kinds.size(); i++) {
                    ps.setString(i + 1, kinds.get(i));
                }
                ps.setInt(kinds.size() + 1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new KioskEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }
}
