package org.xiangli.kiosk.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/** Calls for staff (table {@code help_call}): recorded at the kiosk, answered at the console. */
public final class HelpCallRepository {

    private static final String COLUMNS = "id, station, page, source, called_at, answered_at, answered_by";

    private final Database db;

    public HelpCallRepository(Database db) {
        this.db = db;
    }

    /** Records a call and returns it with its id. */
    public HelpCall record(String station, String page, HelpCall.Source source, Instant at) {
        return db.transaction(c -> Sql.one(c, "INSERT INTO help_call(station, page, source, called_at) "
                + "VALUES (?, ?, ?, ?) RETURNING " + COLUMNS, HelpCallRepository::call, station, page,
                source.name(), at.toString())).orElseThrow();
    }

    /** Calls nobody has answered yet, oldest first. */
    public List<HelpCall> open() {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM help_call WHERE answered_at IS NULL "
                + "ORDER BY id", HelpCallRepository::call));
    }

    /** Calls made in [from, to), oldest first (statistics). */
    public List<HelpCall> between(Instant from, Instant to) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM help_call WHERE called_at >= ? AND "
                + "called_at < ? ORDER BY id", HelpCallRepository::call, from.toString(), to.toString()));
    }

    public Optional<HelpCall> find(long id) {
        return db.transaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM help_call WHERE id = ?",
                HelpCallRepository::call, id));
    }

    /** Marks call {@code id} answered by {@code staff}; false when there is no such call or it was answered already. */
    public boolean answer(long id, String staff, Instant at) {
        return db.transaction(c -> Sql.update(c, "UPDATE help_call SET answered_at = ?, answered_by = ? "
                + "WHERE id = ? AND answered_at IS NULL", at.toString(), staff, id)) == 1;
    }

    private static HelpCall call(ResultSet rs) throws SQLException {
        return new HelpCall(rs.getLong(1), rs.getString(2), rs.getString(3), HelpCall.Source.valueOf(rs.getString(4)),
                Instant.parse(rs.getString(5)), Optional.ofNullable(rs.getString(6)).map(Instant::parse),
                Optional.ofNullable(rs.getString(7)));
    }
}
