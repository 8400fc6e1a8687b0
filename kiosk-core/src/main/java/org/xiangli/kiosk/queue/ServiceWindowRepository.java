package org.xiangli.kiosk.queue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import org.xiangli.kiosk.store.Database;

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
        return db.transaction(c -> {
            Map<Integer, Settings> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT number, name, disabled FROM service_window");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), new Settings(rs.getString(2), rs.getInt(3) == 1));
                }
            }
            return out;
        });
    }

    public void save(int window, Settings settings) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_window(number, name, disabled) "
                    + "VALUES (?, ?, ?) ON CONFLICT(number) DO UPDATE SET name = excluded.name, "
                    + "disabled = excluded.disabled")) {
                ps.setInt(1, window);
                ps.setString(2, settings.name());
                ps.setInt(3, settings.disabled() ? 1 : 0);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
