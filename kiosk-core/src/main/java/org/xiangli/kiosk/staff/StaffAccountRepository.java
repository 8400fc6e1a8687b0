package org.xiangli.kiosk.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/** Data access for staff accounts (table {@code staff_account}). */
public final class StaffAccountRepository {

    /** An account with its stored password hash, for the login check only. */
    public record Credentials(StaffAccount account, String passwordHash) {
    }

    private static final String COLUMNS = "username, role, disabled, failed_logins, locked_until, created_at, "
            + "password_hash";

    private final Database db;

    public StaffAccountRepository(Database db) {
        this.db = db;
    }

    /** Adds an account; false if the username is taken. */
    public boolean add(String username, String passwordHash, StaffRole role, Instant now) {
        return db.transaction(c -> Sql.update(c, "INSERT OR IGNORE INTO staff_account(username, password_hash, role, "
                + "created_at) VALUES (?, ?, ?, ?)", username, passwordHash, role.code(), now.toEpochMilli()) == 1);
    }

    /** Sets a new password and lifts any lockout; false if there is no such account. */
    public boolean setPassword(String username, String passwordHash) {
        return update("UPDATE staff_account SET password_hash = ?, failed_logins = 0, locked_until = 0 "
                + "WHERE username = ?", passwordHash, username);
    }

    public boolean setDisabled(String username, boolean disabled) {
        return update("UPDATE staff_account SET disabled = ? WHERE username = ?", disabled ? 1 : 0, username);
    }

    public boolean setRole(String username, StaffRole role) {
        return update("UPDATE staff_account SET role = ? WHERE username = ?", role.code(), username);
    }

    public Optional<Credentials> find(String username) {
        return db.transaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM staff_account WHERE username = ?",
                StaffAccountRepository::credentials, username));
    }

    public List<StaffAccount> all() {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM staff_account ORDER BY username",
                StaffAccountRepository::credentials)).stream().map(Credentials::account).toList();
    }

    /** Counts a failed login; from {@code lockAfter} failures on, the account is locked until {@code lockUntil}. */
    public void recordFailure(String username, int lockAfter, Instant lockUntil) {
        db.transaction(c -> Sql.update(c, "UPDATE staff_account SET failed_logins = failed_logins + 1, "
                + "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END WHERE username = ?",
                lockAfter, lockUntil.toEpochMilli(), username));
    }

    public void recordSuccess(String username) {
        update("UPDATE staff_account SET failed_logins = 0, locked_until = 0 WHERE username = ?", username);
    }

    private boolean update(String sql, Object... args) {
        return db.transaction(c -> Sql.update(c, sql, args) == 1);
    }

    private static Credentials credentials(ResultSet rs) throws SQLException {
        return new Credentials(new StaffAccount(rs.getString(1), StaffRole.fromCode(rs.getString(2)), rs.getInt(3) == 1,
                rs.getInt(4), Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6))),
                rs.getString(7));
    }
}
