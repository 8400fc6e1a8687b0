package org.xiangli.kiosk.queue;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

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
        Map<String, String> stored = new HashMap<>();
        db.transaction(c -> Sql.list(c, "SELECT key, value FROM queue_setting",
                rs -> Map.entry(rs.getString(1), rs.getString(2))))
                .forEach(e -> stored.put(e.getKey(), e.getValue()));
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
            Sql.batch(c, "INSERT INTO queue_setting(key, value) VALUES (?, ?) "
                    + "ON CONFLICT(key) DO UPDATE SET value = excluded.value", List.of(
                    new Object[] {PRIORITY_AGE, String.valueOf(rules.priorityAge())},
                    new Object[] {RESET_AT, rules.resetAt().toString()}));
            return null;
        });
    }
}
