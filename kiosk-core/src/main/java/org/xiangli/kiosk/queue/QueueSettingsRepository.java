package org.xiangli.kiosk.queue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.xiangli.kiosk.store.Database;

/** Queue rules an admin set in the console (table {@code queue_setting}); absent keys fall back to kiosk.toml. */
public final class QueueSettingsRepository {

    private static final String PRIORITY_AGE = "priority_age";
    private static final String RESET_AT = "reset_at";

    private final Database db;

    public QueueSettingsRepository(Database db) {
        this.db = db;
    }

    /** The stored rules over {@code fallback} (the config's). A value that no longer parses is ignored. */
    public QueueRules load(QueueRules fallback) {
        Map<String, String> stored = db.transaction(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM queue_setting");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
        int age = fallback.priorityAge();
        LocalTime reset = fallback.resetAt();
        try {
            if (stored.containsKey(PRIORITY_AGE)) {
                age = Integer.parseInt(stored.get(PRIORITY_AGE));
            }
            if (stored.containsKey(RESET_AT)) {
                reset = LocalTime.parse(stored.get(RESET_AT));
            }
        } catch (RuntimeException e) {
            System.getLogger(QueueSettingsRepository.class.getName()).log(System.Logger.Level.WARNING,
                    "ignoring unreadable queue settings: " + e.getMessage());
            return fallback;
        }
        return new QueueRules(age, reset);
    }

    public void save(QueueRules rules) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO queue_setting(key, value) VALUES (?, ?) "
                    + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, PRIORITY_AGE);
                ps.setString(2, String.valueOf(rules.priorityAge()));
                ps.addBatch();
                ps.setString(1, RESET_AT);
                ps.setString(2, rules.resetAt().toString());
                ps.addBatch();
                ps.executeBatch();
            }
            return null;
        });
    }
}
