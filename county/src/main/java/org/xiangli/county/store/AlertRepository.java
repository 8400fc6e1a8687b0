package org.xiangli.county.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Sql;

/** Alerts: opened when a rule starts to hold for a station, closed when it stops; one open alert per kind. */
public final class AlertRepository {

    public record Alert(long id, String station, String kind, Instant opened, Optional<Instant> closed,
                        String detail) {
    }

    private final HubDatabase db;

    public AlertRepository(HubDatabase db) {
        this.db = db;
    }

    /** Opens an alert unless one of that kind is open for the station; the new alert, or empty. */
    public Optional<Alert> open(String station, String kind, String detail, Instant at) {
        return db.transaction(c -> {
            if (Sql.one(c, "SELECT id FROM alert WHERE station = ? AND kind = ? AND closed IS NULL",
                    rs -> rs.getLong(1), station, kind).isPresent()) {
                return Optional.<Alert>empty();
            }
            long id = Sql.one(c, "INSERT INTO alert(station, kind, opened, detail) VALUES (?, ?, ?, ?) RETURNING id",
                    rs -> rs.getLong(1), station, kind, at.toString(), detail).orElseThrow();
            return Optional.of(new Alert(id, station, kind, at, Optional.empty(), detail));
        });
    }

    /** Closes the open alert of that kind, if any; whether one was closed. */
    public boolean close(String station, String kind, Instant at) {
        return db.transaction(c -> Sql.update(c, "UPDATE alert SET closed = ? WHERE station = ? AND kind = ? "
                + "AND closed IS NULL", at.toString(), station, kind)) > 0;
    }

    public List<Alert> open() {
        return db.transaction(c -> Sql.list(c, "SELECT id, station, kind, opened, closed, detail FROM alert "
                + "WHERE closed IS NULL ORDER BY opened DESC", AlertRepository::alert));
    }

    public List<Alert> recent(int limit) {
        return db.transaction(c -> Sql.list(c, "SELECT id, station, kind, opened, closed, detail FROM alert "
                + "ORDER BY id DESC LIMIT ?", AlertRepository::alert, limit));
    }

    private static Alert alert(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                StationRepository.instant(rs.getString(5)), rs.getString(6));
    }
}
