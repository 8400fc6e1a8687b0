package org.xiangli.kiosk.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/** The table {@code request}. It is handed the sealed phone, never the number itself. */
public final class RequestRepository {

    private static final String COLUMNS = "id, number, check_code, topic, phrase, voice_file, phone_sealed, state, "
            + "answer, created_at, changed_at, changed_by, answered_at, answered_by, purged_at";

    private final Database db;

    public RequestRepository(Database db) {
        this.db = db;
    }

    /** Seals the phone once the request's number is known; null for no phone. */
    @FunctionalInterface
    public interface SealWith {
        byte[] seal(String number);
    }

    public Request insert(String prefix, String checkCode, RequestTopic topic, String phraseKey, String voiceFile,
                          SealWith phone, Instant at) {
        return db.transaction(c -> {
            int n = Sql.one(c, "SELECT count(*) FROM request WHERE number LIKE ?", rs -> rs.getInt(1),
                    prefix + "%").orElse(0) + 1;
            String number = prefix + String.format(java.util.Locale.ROOT, "%02d", n);
            Sql.update(c, "INSERT INTO request (number, check_code, topic, phrase, voice_file, phone_sealed, state, "
                    + "created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", number, checkCode, topic.name(),
                    phraseKey, voiceFile, phone.seal(number), RequestState.PENDING.name(), at.toString(),
                    at.toString());
            return Sql.one(c, "SELECT " + COLUMNS + " FROM request WHERE number = ?", RequestRepository::request,
                    number).orElseThrow();
        });
    }

    public Optional<Request> byNumber(String number) {
        return db.transaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM request WHERE number = ?",
                RequestRepository::request, number));
    }

    public List<Request> latest(int limit) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM request ORDER BY id DESC LIMIT ?",
                RequestRepository::request, limit));
    }

    public List<Request> createdBetween(Instant from, Instant to) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM request WHERE created_at >= ? AND "
                + "created_at < ? ORDER BY id", RequestRepository::request, from.toString(), to.toString()));
    }

    public boolean start(long id, Instant at, String staff) {
        return db.transaction(c -> Sql.update(c, "UPDATE request SET state = 'IN_PROGRESS', changed_at = ?, "
                + "changed_by = ? WHERE id = ? AND state = 'PENDING'", at.toString(), staff, id)) == 1;
    }

    public boolean answer(long id, String answer, Instant at, String staff) {
        return db.transaction(c -> Sql.update(c, "UPDATE request SET state = 'ANSWERED', answer = ?, changed_at = ?, "
                + "changed_by = ?, answered_at = ?, answered_by = ? WHERE id = ? AND state <> 'ANSWERED'", answer,
                at.toString(), staff, at.toString(), staff, id)) == 1;
    }

    /** Answered before {@code before} and not yet purged: their voice files are deleted, then {@link #purge}. */
    public List<Request> purgeable(Instant before) {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM request WHERE answered_at < ? AND "
                + "purged_at IS NULL", RequestRepository::request, before.toString()));
    }

    public void purge(long id, Instant now) {
        db.transaction(c -> Sql.update(c, "UPDATE request SET phone_sealed = NULL, voice_file = NULL, purged_at = ? "
                + "WHERE id = ?", now.toString(), id));
    }

    private static Request request(ResultSet rs) throws SQLException {
        return new Request(rs.getLong(1), rs.getString(2), rs.getString(3), RequestTopic.valueOf(rs.getString(4)),
                rs.getString(5), Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getBytes(7)),
                RequestState.valueOf(rs.getString(8)), rs.getString(9), Instant.parse(rs.getString(10)),
                Instant.parse(rs.getString(11)), rs.getString(12), Optional.ofNullable(rs.getString(13))
                .map(Instant::parse), Optional.ofNullable(rs.getString(14)), Optional.ofNullable(rs.getString(15))
                .map(Instant::parse));
    }
}
