package org.xiangli.county.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Sql;

/** The hub's users: name, role, PBKDF2 hash, failed logins in a row and the lock they earned. */
public final class UserRepository {

    /** @param scope what an editor is held to: a township's name (township editor) or a station code (village editor) */
    public record User(String name, String role, String hash, int failures, Optional<Instant> lockedUntil,
                       String scope) {
    }

    private final HubDatabase db;

    public UserRepository(HubDatabase db) {
        this.db = db;
    }

    /** Adds a user or replaces its role and password. */
    public void put(String name, String role, String hash) {
        db.transaction(c -> Sql.update(c, "INSERT INTO hub_user(name, role, hash) VALUES (?, ?, ?) ON CONFLICT(name) "
                + "DO UPDATE SET role = excluded.role, hash = excluded.hash, failures = 0, locked_until = NULL",
                name, role, hash));
    }

    /** Sets what an editor is held to (empty: nothing, for roles that need no scope). */
    public void scope(String name, String scope) {
        db.transaction(c -> Sql.update(c, "UPDATE hub_user SET scope = ? WHERE name = ?", scope, name));
    }

    public Optional<User> find(String name) {
        return db.transaction(c -> Sql.one(c, "SELECT name, role, hash, failures, locked_until, scope FROM hub_user "
                + "WHERE name = ?", rs -> new User(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                StationRepository.instant(rs.getString(5)), rs.getString(6)), name));
    }

    public List<User> all() {
        return db.transaction(c -> Sql.list(c, "SELECT name, role, hash, failures, locked_until, scope FROM hub_user "
                + "ORDER BY name", rs -> new User(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                StationRepository.instant(rs.getString(5)), rs.getString(6)), new Object[0]));
    }

    public void failed(String name, int failures, Optional<Instant> lockedUntil) {
        db.transaction(c -> Sql.update(c, "UPDATE hub_user SET failures = ?, locked_until = ? WHERE name = ?",
                failures, lockedUntil.map(Instant::toString).orElse(null), name));
    }

    public void succeeded(String name) {
        db.transaction(c -> Sql.update(c, "UPDATE hub_user SET failures = 0, locked_until = NULL WHERE name = ?",
                name));
    }

    public boolean remove(String name) {
        return db.transaction(c -> Sql.update(c, "DELETE FROM hub_user WHERE name = ?", name)) == 1;
    }
}
