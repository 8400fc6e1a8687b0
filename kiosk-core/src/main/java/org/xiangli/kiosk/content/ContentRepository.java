package org.xiangli.kiosk.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xiangli.kiosk.content.search.PinyinInitials;
import org.xiangli.kiosk.content.search.SearchKey;
import org.xiangli.kiosk.content.search.SearchText.SearchQuery;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/**
 * Data access for categories, content items, their search entries, bundle images and applied bundles: the only
 * place that speaks SQL about content ({@link ItemWriter} holds the write statements it shares).
 */
public final class ContentRepository {

    static final String COLUMNS =
            "id, category, title, summary, body_md, published, expires, priority, featured, url, publisher";
    // Visible on a day: published on or before it, not expired before it. Dates are ISO text, so they compare.
    private static final String VISIBLE = "published <= ? AND (expires IS NULL OR expires >= ?)";
    private static final String ORDER =
            " ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'pinned' THEN 1 ELSE 2 END, published DESC, id";

    private final Database db;
    private final PinyinInitials initials;

    public ContentRepository(Database db) {
        this(db, new PinyinInitials());
    }

    public ContentRepository(Database db, PinyinInitials initials) {
        this.db = db;
        this.initials = initials;
        rebuildSearchIfAsked();
    }

    public void saveCategories(List<Category> categories) {
        db.transaction(c -> {
            saveCategories(c, categories);
            return null;
        });
    }

    private static void saveCategories(Connection c, List<Category> categories) throws SQLException {
        Sql.batch(c, "INSERT INTO content_category(code, name_zh, name_en, sort_order) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, "
                + "sort_order = excluded.sort_order", categories.stream()
                .map(cat -> new Object[] {cat.code(), cat.nameZh(), cat.nameEn(), cat.sortOrder()}).toList());
    }

    public List<Category> categories() {
        return db.transaction(c -> Sql.list(c, "SELECT code, name_zh, name_en, sort_order FROM content_category "
                + "ORDER BY sort_order, code", rs -> new Category(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getInt(4))));
    }

    /** Inserts or replaces local items (no publisher: the demo) in one transaction, with their search entries. */
    public void upsert(List<ContentItem> items) {
        db.transaction(c -> {
            try (ItemWriter writer = new ItemWriter(c, initials)) {
                for (ContentItem item : items) {
                    writer.upsert(item, null);
                }
                writer.finish();
            }
            return null;
        });
    }

    /**
     * Applies a verified bundle: all of it or, on any failure or power cut, none of it. The sequence is checked
     * inside the same transaction, so two imports racing cannot both pass it.
     *
     * @throws StaleBundleException when the publisher's applied sequence is not below the change's
     */
    public void apply(ContentChange change, Instant at) {
        db.transaction(c -> {
            long applied = appliedSequence(c, change.publisher());
            if (change.sequence() <= applied) {
                throw new StaleBundleException(change.publisher(), change.sequence(), applied);
            }
            if (!change.categories().isEmpty()) {
                saveCategories(c, change.categories());
            }
            try (ItemWriter writer = new ItemWriter(c, initials)) {
                if (change.full()) {
                    // A full bundle is the publisher's whole truth; unsigned local content (the demo) gives way.
                    writer.removeAllOf(change.publisher());
                } else {
                    for (String id : change.withdrawn()) {
                        writer.withdraw(id, change.publisher());
                    }
                }
                for (ContentItem item : change.items()) {
                    writer.upsert(item, change.publisher());
                }
                writer.putAssets(change.publisher(), change.assets());
                writer.finish();
            }
            Sql.update(c, "INSERT INTO content_bundle_applied(publisher, sequence, bundle_id, kind, applied_at) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT(publisher) DO UPDATE SET sequence = excluded.sequence, "
                    + "bundle_id = excluded.bundle_id, kind = excluded.kind, applied_at = excluded.applied_at",
                    change.publisher(), change.sequence(), change.bundleId(), change.full() ? "full" : "delta",
                    at.toString());
            return null;
        });
    }

    /** The sequence of the last bundle applied from {@code publisher}, or 0 when none was. */
    public long appliedSequence(String publisher) {
        return db.transaction(c -> appliedSequence(c, publisher));
    }

    /** The bundles applied, one per publisher, for technicians. */
    public List<AppliedBundle> appliedBundles() {
        return db.transaction(c -> Sql.list(c, "SELECT publisher, sequence, bundle_id, kind, applied_at "
                + "FROM content_bundle_applied ORDER BY publisher", rs -> new AppliedBundle(rs.getString(1),
                rs.getLong(2), rs.getString(3), rs.getString(4).equals("full"), Instant.parse(rs.getString(5)))));
    }

    public record AppliedBundle(String publisher, long sequence, String bundleId, boolean full, Instant at) {
    }

    /** How many items {@code publisher}'s bundles have left on this kiosk. */
    public int itemCount(String publisher) {
        return db.transaction(c -> Sql.one(c, "SELECT count(*) FROM content_item WHERE publisher = ?",
                rs -> rs.getInt(1), publisher)).orElse(0);
    }

    /** The owner of local content's images (local items have no publisher; an image row needs one). */
    static final String LOCAL = "";

    /**
     * Images of local content (no publisher: the demo), by the names its Markdown gives; a full bundle removes
     * them with the local items.
     */
    public void putLocalAssets(java.util.Map<String, byte[]> assets) {
        db.transaction(c -> {
            for (java.util.Map.Entry<String, byte[]> e : assets.entrySet()) {
                Sql.update(c, "INSERT INTO content_asset(name, publisher, sha256, data) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT(publisher, name) DO UPDATE SET sha256 = excluded.sha256, data = excluded.data",
                        e.getKey(), LOCAL, sha256(e.getValue()), e.getValue());
            }
            return null;
        });
    }

    /** An image of local content by its name. */
    public Optional<byte[]> localAsset(String name) {
        return db.transaction(c -> Sql.one(c, "SELECT data FROM content_asset WHERE publisher = ? AND name = ?",
                rs -> rs.getBytes(1), LOCAL, name));
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** An image of {@code publisher}'s bundles by its bundle-relative name. */
    public Optional<byte[]> asset(String publisher, String name) {
        return db.transaction(c -> Sql.one(c, "SELECT data FROM content_asset WHERE publisher = ? AND name = ?",
                rs -> rs.getBytes(1), publisher, name));
    }

    /**
     * Items visible on {@code day} that match {@code query}: title hits first, then the newest. The indexes' rowids
     * are {@link SearchKey}s, newest first, so each lookup walks its matches in the order shown and stops at the
     * limit: the title index first, then, if the page is not full, the body index (skipping title hits). No match
     * is ranked or sorted beyond the ones returned, and the items are read in one statement.
     */
    public List<ContentItem> search(SearchQuery query, LocalDate day, int limit) {
        return db.transaction(c -> {
            List<Long> keys = new ArrayList<>(Math.min(limit, 256));
            long from = SearchKey.visibleFrom(day);
            collect(c, "content_title_fts", query.match(), from, day, limit, keys);
            if (keys.size() < limit) {
                collect(c, "content_body_fts", query.match(), from, day, limit, keys);
            }
            return items(c, keys);
        });
    }

    /** The items of {@code keys}, in that order. */
    private static List<ContentItem> items(Connection c, List<Long> keys) throws SQLException {
        Map<Long, ContentItem> byRowid = new HashMap<>();
        // Chunks stay under SQLite's bound-parameter limit for any page size.
        for (int at = 0; at < keys.size(); at += 500) {
            List<Long> chunk = keys.subList(at, Math.min(keys.size(), at + 500));
            Sql.list(c, "SELECT rowid, " + COLUMNS + " FROM content_item WHERE rowid IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> Map.entry(rs.getLong(1), item(rs, 2)),
                    chunk.stream().map(SearchKey::itemRowid).toArray())
                    .forEach(e -> byRowid.put(e.getKey(), e.getValue()));
        }
        List<ContentItem> out = new ArrayList<>(keys.size());
        for (long key : keys) {
            ContentItem item = byRowid.get(SearchKey.itemRowid(key));
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * Appends to {@code keys}, in index order, what {@code match} finds in {@code index} that {@code keys} does not
     * hold yet, until it holds {@code limit}.
     */
    private static void collect(Connection c, String index, String match, long from, LocalDate day, int limit,
                                List<Long> keys) throws SQLException {
        Set<Long> seen = new HashSet<>(keys);
        // index is one of our two table names, never input. Some of what it finds may be held already (a title hit
        // is usually a body hit too), hence the limit plus what is held.
        List<Long> found = Sql.list(c, "SELECT rowid FROM " + index + " WHERE " + index + " MATCH ? AND rowid >= ? "
                + "AND (expires IS NULL OR expires >= ?) ORDER BY rowid LIMIT ?", rs -> rs.getLong(1), match, from,
                day.toString(), limit + keys.size());
        for (long key : found) {
            if (keys.size() >= limit) {
                break;
            }
            if (seen.add(key)) {
                keys.add(key);
            }
        }
    }

    /**
     * Rebuilds the search index from the items when a migration asked for it (it cannot make tokens in SQL): one
     * transaction, so a power cut mid-way leaves the request in place and the next start does it again.
     */
    private void rebuildSearchIfAsked() {
        db.transaction(c -> {
            if (Sql.one(c, "SELECT count(*) FROM content_search_rebuild", rs -> rs.getInt(1)).orElse(0) == 0) {
                return null;
            }
            Sql.update(c, "INSERT INTO content_title_fts(content_title_fts) VALUES ('delete-all')");
            Sql.update(c, "INSERT INTO content_body_fts(content_body_fts) VALUES ('delete-all')");
            // Each item goes to the writer as it is read, not as a list: a county's whole archive may be here.
            try (ItemWriter writer = new ItemWriter(c, initials);
                 PreparedStatement ps = c.prepareStatement("SELECT rowid, " + COLUMNS + " FROM content_item");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    writer.index(item(rs, 2), rs.getLong(1));
                }
                writer.finish();
            }
            Sql.update(c, "DELETE FROM content_search_rebuild");
            return null;
        });
    }

    private static long appliedSequence(Connection c, String publisher) throws SQLException {
        return Sql.one(c, "SELECT sequence FROM content_bundle_applied WHERE publisher = ?", rs -> rs.getLong(1),
                publisher).orElse(0L);
    }

    public int count() {
        return db.transaction(c -> Sql.one(c, "SELECT count(*) FROM content_item", rs -> rs.getInt(1))).orElse(0);
    }

    public List<ContentItem> visibleIn(String category, LocalDate day) {
        return query("SELECT " + COLUMNS + " FROM content_item WHERE category = ? AND " + VISIBLE + ORDER,
                category, day.toString(), day.toString());
    }

    public List<ContentItem> featured(LocalDate day) {
        return query("SELECT " + COLUMNS + " FROM content_item WHERE featured = 1 AND " + VISIBLE + ORDER,
                day.toString(), day.toString());
    }

    public List<ContentItem> urgent(LocalDate day) {
        return query("SELECT " + COLUMNS + " FROM content_item WHERE priority = 'urgent' AND " + VISIBLE + ORDER,
                day.toString(), day.toString());
    }

    /** The item of this id; if several publishers use it, local content first, then by publisher key. */
    public Optional<ContentItem> find(String id) {
        return query("SELECT " + COLUMNS + " FROM content_item WHERE id = ? ORDER BY publisher", id).stream()
                .findFirst();
    }

    private List<ContentItem> query(String sql, Object... params) {
        return db.transaction(c -> Sql.list(c, sql, ContentRepository::item, params));
    }

    private static ContentItem item(ResultSet rs) throws SQLException {
        return item(rs, 1);
    }

    /** The item whose {@link #COLUMNS} start at column {@code first}. */
    private static ContentItem item(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new ContentItem(rs.getString(i), rs.getString(i + 1), rs.getString(i + 2), rs.getString(i + 3),
                rs.getString(i + 4), LocalDate.parse(rs.getString(i + 5)),
                Optional.ofNullable(rs.getString(i + 6)).map(LocalDate::parse),
                Priority.ofCode(rs.getString(i + 7)), rs.getInt(i + 8) == 1,
                Optional.ofNullable(rs.getString(i + 9)), Optional.ofNullable(rs.getString(i + 10)));
    }
}
