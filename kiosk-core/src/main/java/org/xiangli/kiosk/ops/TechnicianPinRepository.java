package org.xiangli.kiosk.ops;

import java.time.Instant;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/** The technician PIN pad's lock (table {@code technician_pin_lock}, one row). */
public final class TechnicianPinRepository implements TechnicianPin.Store {

    private final Database db;

    public TechnicianPinRepository(Database db) {
        this.db = db;
    }

    @Override
    public TechnicianPin.Lock load() {
        return db.transaction(c -> Sql.one(c, "SELECT wrong, locked_until FROM technician_pin_lock WHERE id = 1",
                rs -> new TechnicianPin.Lock(rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)))))
                .orElse(TechnicianPin.Lock.NONE);
    }

    @Override
    public void save(TechnicianPin.Lock lock) {
        db.transaction(c -> Sql.update(c, "INSERT INTO technician_pin_lock(id, wrong, locked_until) VALUES (1, ?, ?) "
                + "ON CONFLICT(id) DO UPDATE SET wrong = excluded.wrong, locked_until = excluded.locked_until",
                lock.wrong(), lock.lockedUntil().toEpochMilli()));
    }
}
