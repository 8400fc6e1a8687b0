package org.xiangli.kiosk.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;

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
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO staff_account(username, "
                    + "password_hash, role, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, username);
                ps.setString(2, passwordHash);
                ps.setString(3, role.code());
                ps.setLong(4, now.toEpochMilli());
                return ps.executeUpdate() == 1;
            }
        });
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
        return db.transaction(c -> {
            List<Credentials> found = query(c, "SELECT " + COLUMNS + " FROM staff_account WHERE username = ?",
                    username);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
        });
    }

    public List<StaffAccount> all() {
        return db.transaction(c -> query(c, "SELECT " + COLUMNS + " FROM staff_account ORDER BY username")
                .stream().map(Credentials::account).toList());
    }

    /** Counts a failed login; from {@code lockAfter} failures on, the account is locked until {@code lockUntil}. */
    public void recordFailure(String username, int lockAfter, Instant lockUntil) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff_account SET failed_logins = failed_logins + 1, "
                    + "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END WHERE username = ?")) {
                ps.setInt(1, lockAfter);
                ps.setLong(2, lockUntil.toEpochMilli());
                ps.setString(3, username);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void recordSuccess(String username) {
        update("UPDATE staff_account SET failed_logins = 0, locked_until = 0 WHERE username = ?", username);
    }

    private boolean update(String sql, Object... args) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static List<Credentials> query(Connection c, String sql, Object... args) throws SQLException {
        List<Credentials> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Credentials(new StaffAccount(rs.getString(1), StaffRole.fromCode(rs.getString(2)),
                            rs.getInt(3) == 1, rs.getInt(4), Instant.ofEpochMilli(rs.getLong(5)),
                            Instant.ofEpochMilli(rs.getLong(6))), rs.getString(7)));
                }
            }
        }
        return out;
    }
}
