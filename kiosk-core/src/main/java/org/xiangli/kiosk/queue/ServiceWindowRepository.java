package org.xiangli.kiosk.queue;

import java.util.Map;
import java.util.TreeMap;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/** Names and the disabled flag of service windows (table {@code service_window}; QueueRepository keeps the rest). */
public final class ServiceWindowRepository {

    /** A window's stored name and flag. */
    public record Settings(String name, boolean disabled) {
    }

    private final Database db;

    public ServiceWindowRepository(Database db) {
        this.db = db;
    }

    /** Every window with a row, by number (windows never touched have none: open, unnamed). */
    public Map<Integer, Settings> all() {
        Map<Integer, Settings> out = new TreeMap<>();
        db.transaction(c -> Sql.list(c, "SELECT number, name, disabled FROM service_window",
                rs -> Map.entry(rs.getInt(1), new Settings(rs.getString(2), rs.getInt(3) == 1))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public void save(int window, Settings settings) {
        db.transaction(c -> Sql.update(c, "INSERT INTO service_window(number, name, disabled) VALUES (?, ?, ?) "
                + "ON CONFLICT(number) DO UPDATE SET name = excluded.name, disabled = excluded.disabled",
                window, settings.name(), settings.disabled() ? 1 : 0));
    }

    /** Forgets a window's name and flag (kioskctl windows remove). */
    public void delete(int window) {
        db.transaction(c -> Sql.update(c, "DELETE FROM service_window WHERE number = ?", window));
    }
}
