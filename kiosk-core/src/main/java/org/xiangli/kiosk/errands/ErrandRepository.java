package org.xiangli.kiosk.errands;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/** The tables {@code errand} and {@code errand_event}. It is handed hashes and sealed bytes, never a name. */
public final class ErrandRepository {

    private static final String COLUMNS = "id, number, check_code, name_sealed, service, promised, state, notes, "
            + "missing, registered_at, registered_by, changed_at, done_at, handed_at, purged_at";

    private final Database db;

    public ErrandRepository(Database db) {
        this.db = db;
    }

    /** Inserts an errand numbered {@code prefix} + the day's next two-digit number; returns it. */
    public Errand insert(String prefix, String checkCode, byte[] idHash, SealWith seal, String service,
                         LocalDate promised, String notes, Instant at, String staff) {
        return db.transaction(c -> {
            int n = Sql.one(c, "SELECT count(*) FROM errand WHERE number LIKE ?", rs -> rs.getInt(1),
                    prefix + "%").orElse(0) + 1;
            String number = prefix + String.format(java.util.Locale.ROOT, "%02d", n);
            Sql.update(c, "INSERT INTO errand (number, check_code, id_hash, name_sealed, service, promised, state, "
                    + "notes, registered_at, registered_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    number, checkCode, idHash, seal.seal(number), service, promised.toString(),
                    ErrandState.ACCEPTED.name(), notes, at.toString(), staff, at.toString());
            long id = Sql.one(c, "SELECT id FROM errand WHERE number = ?", rs -> rs.getLong(1), number).orElseThrow();
            Sql.update(c, "INSERT INTO errand_event (errand_id, state, at, by_staff, note) VALUES (?, ?, ?, ?, '')",
                    id, ErrandState.ACCEPTED.name(), at.toString(), staff);
            return Sql.one(c, "SELECT " + COLUMNS + " FROM errand WHERE id = ?", ErrandRepository::errand, id)
                    .orElseThrow();
        });
    }

    /** Seals the name once the errand's number is known (it is the sealed blob's associated data). */
    @FunctionalInterface
    public interface SealWith {
        byte[] seal(String number);
    }

    /** The services errands were registered for, for the console's suggestions. */
    public List<String> services() {
        return db.transaction(c -> Sql.list(c, "SELECT DISTINCT service FROM errand ORDER BY service LIMIT 100",
                rs -> rs.getString(1)));
    }

    public Optional<Errand> byNumber(String number) {
        return db.transaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM errand WHERE number = ?",
                ErrandRepository::errand, number));
    }

    /** The person's errands that still hold their identity, newest first. */
    public List<Errand> ofPerson(byte[] idHash) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM errand WHERE id_hash = ? "
                + "ORDER BY id DESC", ErrandRepository::errand, idHash));
    }

    public boolean isOfPerson(String number, byte[] idHash) {
        return db.transaction(c -> Sql.one(c, "SELECT 1 FROM errand WHERE number = ? AND id_hash = ?",
                rs -> true, number, idHash)).isPresent();
    }

    public List<Errand> inState(ErrandState state) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM errand WHERE state = ? ORDER BY id",
                ErrandRepository::errand, state.name()));
    }

    /** The latest {@code limit} errands, newest first (the console's list). */
    public List<Errand> latest(int limit) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM errand ORDER BY id DESC LIMIT ?",
                ErrandRepository::errand, limit));
    }

    /** Errands registered in [from, to) (statistics). */
    public List<Errand> registeredBetween(Instant from, Instant to) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM errand WHERE registered_at >= ? AND "
                + "registered_at < ? ORDER BY id", ErrandRepository::errand, from.toString(), to.toString()));
    }

    /** Errands done in [from, to) (the on-time rate). */
    public List<Errand> doneBetween(Instant from, Instant to) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM errand WHERE done_at >= ? AND "
                + "done_at < ? ORDER BY id", ErrandRepository::errand, from.toString(), to.toString()));
    }

    /** Open errands (not finished): for the overdue count. */
    public List<Errand> open() {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM errand WHERE state NOT IN "
                + "('DONE', 'HANDED_OVER') ORDER BY promised", ErrandRepository::errand));
    }

    /** Moves errand {@code id} from {@code from} to {@code to}; false when it is no longer in {@code from}. */
    public boolean change(long id, ErrandState from, ErrandState to, String missing, Instant at, String staff,
                          String note) {
        return db.transaction(c -> {
            int changed = Sql.update(c, "UPDATE errand SET state = ?, missing = ?, changed_at = ?, "
                    + "done_at = CASE WHEN ? = 'DONE' THEN ? ELSE done_at END, "
                    + "handed_at = CASE WHEN ? = 'HANDED_OVER' THEN ? ELSE handed_at END "
                    + "WHERE id = ? AND state = ?", to.name(), missing, at.toString(), to.name(), at.toString(),
                    to.name(), at.toString(), id, from.name());
            if (changed == 1) {
                Sql.update(c, "INSERT INTO errand_event (errand_id, state, at, by_staff, note) VALUES (?, ?, ?, ?, ?)",
                        id, to.name(), at.toString(), staff, note);
            }
            return changed == 1;
        });
    }

    public List<ErrandEvent> events(long id) {
        return db.transaction(c -> Sql.list(c, "SELECT state, at, by_staff, note FROM errand_event WHERE errand_id = ? "
                + "ORDER BY id", rs -> new ErrandEvent(ErrandState.valueOf(rs.getString(1)),
                Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4)), id));
    }

    /**
     * Purges the personal fields of errands handed over before {@code before}: the ID hash, the sealed name, the
     * notes and the note of every event. Returns how many were purged.
     */
    public int purgeHandedBefore(Instant before, Instant now) {
        return db.transaction(c -> {
            Sql.update(c, "UPDATE errand_event SET note = '' WHERE errand_id IN (SELECT id FROM errand WHERE "
                    + "handed_at < ? AND purged_at IS NULL)", before.toString());
            return Sql.update(c, "UPDATE errand SET id_hash = NULL, name_sealed = NULL, notes = '', missing = '', "
                    + "purged_at = ? WHERE handed_at < ? AND purged_at IS NULL", now.toString(), before.toString());
        });
    }

    private static Errand errand(ResultSet rs) throws SQLException {
        return new Errand(rs.getLong(1), rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getBytes(4)),
                rs.getString(5), LocalDate.parse(rs.getString(6)), ErrandState.valueOf(rs.getString(7)),
                rs.getString(8), rs.getString(9), Instant.parse(rs.getString(10)), rs.getString(11),
                Instant.parse(rs.getString(12)), instant(rs.getString(13)), instant(rs.getString(14)),
                instant(rs.getString(15)));
    }

    private static Optional<Instant> instant(String text) {
        return Optional.ofNullable(text).map(Instant::parse);
    }
}
