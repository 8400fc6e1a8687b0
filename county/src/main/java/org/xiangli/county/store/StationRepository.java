package org.xiangli.county.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Sql;

/**
 * The county's stations: the registry ({@code register}: device key, broker password hash) and what each last said
 * (online, since when, last seen, the state and the latest telemetry as they came). A station that reports without
 * being registered (the embedded demo broker lets anyone in) is added on its first message.
 */
public final class StationRepository {

    /** One station as the dashboard lists it. */
    public record Station(String code, String deviceKey, String passwordHash, Optional<Instant> registeredAt,
                          boolean online, Optional<Instant> onlineSince, Optional<Instant> lastSeen,
                          Optional<String> stateJson, Optional<String> telemetryId, Optional<Instant> telemetryAt,
                          Optional<String> telemetryJson, String township, String village) {

        public boolean registered() {
            return registeredAt.isPresent();
        }
    }

    private static final String COLUMNS = "code, device_key, password_hash, registered_at, online, online_since, "
            + "last_seen, state_json, telemetry_id, telemetry_at, telemetry_json, township, village";

    private final HubDatabase db;

    public StationRepository(HubDatabase db) {
        this.db = db;
    }

    /** Registers (or re-registers: a new device key, a new password) a station. */
    public void register(String code, String deviceKey, String passwordHash, Instant at) {
        db.transaction(c -> Sql.update(c, "INSERT INTO station(code, device_key, password_hash, registered_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET device_key = excluded.device_key, "
                + "password_hash = excluded.password_hash, registered_at = excluded.registered_at",
                code, deviceKey, passwordHash, at.toString()));
    }

    /** Where a station is: its township (乡镇) and village (村), which editors' scopes are checked against. */
    public void place(String code, String township, String village) {
        int n = db.transaction(c -> Sql.update(c, "UPDATE station SET township = ?, village = ? WHERE code = ?",
                township, village, code));
        if (n != 1) {
            throw new IllegalArgumentException("no station " + code);
        }
    }

    public List<Station> all() {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM station ORDER BY code",
                StationRepository::station));
    }

    public List<Station> registered() {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM station WHERE registered_at IS NOT NULL "
                + "ORDER BY code", StationRepository::station));
    }

    public Optional<Station> find(String code) {
        return db.transaction(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM station WHERE code = ?",
                StationRepository::station, code));
    }

    private static Station station(ResultSet rs) throws SQLException {
        return new Station(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getString(4)),
                rs.getInt(5) == 1, instant(rs.getString(6)), instant(rs.getString(7)),
                Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9)), instant(rs.getString(10)),
                Optional.ofNullable(rs.getString(11)), rs.getString(12), rs.getString(13));
    }

    static Optional<Instant> instant(String text) {
        return Optional.ofNullable(text).map(Instant::parse);
    }
}
