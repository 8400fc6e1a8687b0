package org.xiangli.kiosk.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/**
 * Data access for staff accounts (table {@code staff_account}). Each change that must end the account's sessions
 * (disable, new password, another role) raises {@code session_epoch} in the same statement, whoever makes it: the
 * console or {@code kioskctl users} in another process.
 */
public final class StaffAccountRepository {

    /** An account with its stored password hash, for the login check only. */
    public record Credentials(StaffAccount account, String passwordHash) {
    }

    private static final String COLUMNS = "username, role, disabled, failed_logins, locked_until, created_at, "
            + "session_epoch, password_hash";

    private final Database db;

    public StaffAccountRepository(Database db) {
        this.db = db;
    }

    /** Adds an account; false if the username is taken. */
    public boolean add(String username, String passwordHash, StaffRole role, Instant now) {
        return db.transaction(c -> Sql.update(c, "INSERT OR IGNORE INTO staff_account(username, password_hash, role, "
                + "created_at) VALUES (?, ?, ?, ?)", username, passwordHash, role.code(), now.toEpochMilli()) == 1);
    }

    /**
     * Adds a demo account ({@code --demo} only), marked so {@link #removeDemoAccounts} finds it; false, and nothing
     * marked, if the username is taken (a real account keeps its password and stays real).
     */
    public boolean addDemo(String username, String passwordHash, StaffRole role, Instant now) {
        return db.transaction(c -> Sql.update(c, "INSERT OR IGNORE INTO staff_account(username, password_hash, role, "
                + "created_at, demo) VALUES (?, ?, ?, ?, 1)", username, passwordHash, role.code(),
                now.toEpochMilli()) == 1);
    }

    /** Removes every demo account (a start without {@code --demo}); their sessions end with them. */
    public int removeDemoAccounts() {
        return db.transaction(c -> Sql.update(c, "DELETE FROM staff_account WHERE demo = 1"));
    }

    /** Sets a new password, lifts any lockout and ends the account's sessions; false if there is no such account. */
    public boolean setPassword(String username, String passwordHash) {
        return update("UPDATE staff_account SET password_hash = ?, failed_logins = 0, locked_until = 0, "
                + "session_epoch = session_epoch + 1 WHERE username = ?", passwordHash, username);
    }

    /** Disabling ends the account's sessions; enabling again opens none. */
    public boolean setDisabled(String username, boolean disabled) {
        return update("UPDATE staff_account SET disabled = ?, session_epoch = session_epoch + ? WHERE username = ?",
                disabled ? 1 : 0, disabled ? 1 : 0, username);
    }

    /** Another role ends the account's sessions (they carry the old one); the same role changes nothing. */
    public boolean setRole(String username, StaffRole role) {
        return update("UPDATE staff_account SET session_epoch = session_epoch + (role <> ?), role = ? "
                + "WHERE username = ?", role.code(), role.code(), username);
    }

    /**
     * The same password under a stronger hash (a login found the old one weaker than today's): only if the hash is
     * still {@code oldHash}, so a password reset meanwhile is never undone. Sessions go on: nothing changed for them.
     */
    public void rehash(String username, String oldHash, String newHash) {
        update("UPDATE staff_account SET password_hash = ? WHERE username = ? AND password_hash = ?", newHash,
                username, oldHash);
    }

    public Optional<Credentials> find(String username) {
        return db.transaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM staff_account WHERE username = ?",
                StaffAccountRepository::credentials, username));
    }

    public List<StaffAccount> all() {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM staff_account ORDER BY username",
                StaffAccountRepository::credentials)).stream().map(Credentials::account).toList();
    }

    /**
     * Counts a login attempt as failed before its password is checked, in one statement: false (nothing counted)
     * while the account is locked. The attempt that brings the count to {@code lockAfter} locks the account until
     * {@code lockUntil}, so of many attempts at once at most {@code lockAfter} are ever checked. A right password
     * then takes its count back with {@link #recordSuccess}.
     */
    public boolean reserveAttempt(String username, int lockAfter, Instant lockUntil, Instant now) {
        return update("UPDATE staff_account SET failed_logins = failed_logins + 1, "
                + "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END "
                + "WHERE username = ? AND locked_until <= ?", lockAfter, lockUntil.toEpochMilli(), username,
                now.toEpochMilli());
    }

    public void recordSuccess(String username) {
        update("UPDATE staff_account SET failed_logins = 0, locked_until = 0 WHERE username = ?", username);
    }

    private boolean update(String sql, Object... args) {
        return db.transaction(c -> Sql.update(c, sql, args) == 1);
    }

    private static Credentials credentials(ResultSet rs) throws SQLException {
        return new Credentials(new StaffAccount(rs.getString(1), StaffRole.fromCode(rs.getString(2)), rs.getInt(3) == 1,
                rs.getInt(4), Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)),
                rs.getLong(7)), rs.getString(8));
    }
}
