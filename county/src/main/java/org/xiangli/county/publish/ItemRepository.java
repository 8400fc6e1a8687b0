package org.xiangli.county.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.kiosk.content.Priority;
import org.xiangli.kiosk.fleet.FleetJson;
import org.xiangli.kiosk.store.Sql;

/** Items, their history, their images, the bundles built for each station and the opens the kiosks counted. */
public final class ItemRepository {

    /** One line of an item's history: who did what, when, and what changed. */
    public record HistoryLine(Instant at, String user, String action, String detail) {
    }

    /** A bundle built for a station: its sequence, the items it holds, where the file is and its ETag. */
    public record StationBundle(String station, long sequence, Instant builtAt, List<String> items, String file,
                                String etag) {
    }

    private static final String COLUMNS = "id, title, category, summary, body, published, expires, priority, "
            + "target_kind, targets, status, author, created_at, updated_at, approved_by, published_at";

    private final HubDatabase db;

    public ItemRepository(HubDatabase db) {
        this.db = db;
    }

    public HubDatabase database() {
        return db;
    }

    public Optional<Item> find(String id) {
        return db.transaction(c -> find(c, id));
    }

    static Optional<Item> find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM item WHERE id = ?", ItemRepository::item, id);
    }

    public List<Item> all() {
        return db.transaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM item ORDER BY updated_at DESC",
                ItemRepository::item));
    }

    /** Published items, for building bundles. */
    static List<Item> published(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM item WHERE status = 'PUBLISHED' ORDER BY id",
                ItemRepository::item);
    }

    static void save(Connection c, Item i) throws SQLException {
        Sql.update(c, "INSERT INTO item(" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT(id) DO UPDATE SET title = excluded.title, category = excluded.category, "
                + "summary = excluded.summary, body = excluded.body, published = excluded.published, "
                + "expires = excluded.expires, priority = excluded.priority, target_kind = excluded.target_kind, "
                + "targets = excluded.targets, status = excluded.status, updated_at = excluded.updated_at, "
                + "approved_by = excluded.approved_by, published_at = excluded.published_at",
                i.id(), i.title(), i.category(), i.summary(), i.body(), i.published().toString(),
                i.expires().map(LocalDate::toString).orElse(null), i.priority().code(), i.target().kind().word(),
                i.target().namesText(), i.status().name(), i.author(), i.createdAt().toString(),
                i.updatedAt().toString(), i.approvedBy().orElse(null),
                i.publishedAt().map(Instant::toString).orElse(null));
    }

    static void history(Connection c, String item, Instant at, String user, String action, String detail)
            throws SQLException {
        Sql.update(c, "INSERT INTO item_history(item, at, user, action, detail) VALUES (?, ?, ?, ?, ?)", item,
                at.toString(), user, action, detail);
    }

    public List<HistoryLine> history(String item) {
        return db.transaction(c -> Sql.list(c, "SELECT at, user, action, detail FROM item_history WHERE item = ? "
                + "ORDER BY id", rs -> new HistoryLine(Instant.parse(rs.getString(1)), rs.getString(2),
                rs.getString(3), rs.getString(4)), item));
    }

    static void putAsset(Connection c, String item, String name, byte[] bytes) throws SQLException {
        Sql.update(c, "INSERT INTO item_asset(item, name, bytes) VALUES (?, ?, ?) ON CONFLICT(item, name) "
                + "DO UPDATE SET bytes = excluded.bytes", item, name, bytes);
    }

    static int assetCount(Connection c, String item) throws SQLException {
        return Sql.one(c, "SELECT count(*) FROM item_asset WHERE item = ?", rs -> rs.getInt(1), item).orElse(0);
    }

    public Optional<byte[]> asset(String item, String name) {
        return db.transaction(c -> Sql.one(c, "SELECT bytes FROM item_asset WHERE item = ? AND name = ?",
                rs -> rs.getBytes(1), item, name));
    }

    static Map<String, byte[]> assets(Connection c, String item) throws SQLException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        for (Object[] row : Sql.list(c, "SELECT name, bytes FROM item_asset WHERE item = ? ORDER BY name",
                rs -> new Object[] {rs.getString(1), rs.getBytes(2)}, item)) {
            out.put((String) row[0], (byte[]) row[1]);
        }
        return out;
    }

    static long lastSequence(Connection c) throws SQLException {
        return Sql.one(c, "SELECT coalesce(max(sequence), 0) FROM station_bundle", rs -> rs.getLong(1)).orElse(0L);
    }

    static void putBundle(Connection c, StationBundle b) throws SQLException {
        Sql.update(c, "INSERT INTO station_bundle(station, sequence, built_at, items, file, etag) "
                + "VALUES (?, ?, ?, ?, ?, ?)", b.station(), b.sequence(), b.builtAt().toString(),
                new String(FleetJson.write(b.items()), java.nio.charset.StandardCharsets.UTF_8), b.file(), b.etag());
    }

    public Optional<StationBundle> latestBundle(String station) {
        return db.transaction(c -> latestBundle(c, station));
    }

    static Optional<StationBundle> latestBundle(Connection c, String station) throws SQLException {
        return Sql.one(c, "SELECT station, sequence, built_at, items, file, etag FROM station_bundle "
                + "WHERE station = ? ORDER BY sequence DESC LIMIT 1", ItemRepository::bundle, station);
    }

    /** Every station's bundles, oldest first: the reach of an item is read from them. */
    public List<StationBundle> bundles() {
        return db.transaction(c -> Sql.list(c, "SELECT station, sequence, built_at, items, file, etag "
                + "FROM station_bundle ORDER BY station, sequence", ItemRepository::bundle));
    }

    private static StationBundle bundle(ResultSet rs) throws SQLException {
        List<String> items;
        try {
            items = FleetJson.mapper().readValue(rs.getString(4), new TypeReference<List<String>>() { });
        } catch (java.io.IOException e) {
            throw new SQLException("station_bundle.items is not a JSON list: " + e.getMessage(), e);
        }
        return new StationBundle(rs.getString(1), rs.getLong(2), Instant.parse(rs.getString(3)), items,
                rs.getString(5), rs.getString(6));
    }

    /** Opens of an item by station, all days summed. */
    public Map<String, Long> opensByStation(String item) {
        return db.transaction(c -> {
            Map<String, Long> out = new java.util.TreeMap<>();
            for (Object[] row : Sql.list(c, "SELECT station, sum(opens) FROM item_opens WHERE item = ? "
                    + "GROUP BY station", rs -> new Object[] {rs.getString(1), rs.getLong(2)}, item)) {
                out.put((String) row[0], (Long) row[1]);
            }
            return out;
        });
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                LocalDate.parse(rs.getString(6)), Optional.ofNullable(rs.getString(7)).map(LocalDate::parse),
                Priority.ofCode(rs.getString(8)), Target.parse(rs.getString(9), rs.getString(10)),
                Item.Status.valueOf(rs.getString(11)), rs.getString(12), Instant.parse(rs.getString(13)),
                Instant.parse(rs.getString(14)), Optional.ofNullable(rs.getString(15)),
                Optional.ofNullable(rs.getString(16)).map(Instant::parse));
    }
}
