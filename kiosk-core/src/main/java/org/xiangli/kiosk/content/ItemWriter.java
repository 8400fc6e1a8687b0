package org.xiangli.kiosk.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.xiangli.kiosk.content.search.PinyinInitials;
import org.xiangli.kiosk.content.search.SearchKey;
import org.xiangli.kiosk.content.search.SearchText;

/**
 * The write statements of {@link ContentRepository}, prepared once per transaction: an item and its search
 * entry always change together. An entry's rowid is the item's {@link SearchKey} (its published date and rowid),
 * so an update removes the entry under the old key before adding the new one.
 *
 * <p>Index changes wait for {@link #finish()}, which makes them in ascending key order: FTS5 flushes its pending
 * data whenever a rowid arrives below the last one, and keys in a bundle's order (dates at random) made a
 * 10,000-item apply write thousands of tiny segments.
 *
 * <p>Items and images belong to their publisher: an id or an image name is unique per publisher, so one
 * publisher's bundle never changes, takes over or replaces another's (local content, with no publisher, is one
 * more owner). The lookups say {@code ifnull(publisher, '')} as the unique index does, so SQLite uses it.
 */
final class ItemWriter implements AutoCloseable {

    private final PinyinInitials initials;
    private final PreparedStatement insertItem;
    private final PreparedStatement updateItem;
    private final PreparedStatement keyOf;
    private final PreparedStatement deleteTitle;
    private final PreparedStatement deleteBody;
    private final PreparedStatement insertTitle;
    private final PreparedStatement insertBody;
    private final Connection connection;
    private final TreeSet<Long> pendingDeletes = new TreeSet<>();
    /** By item rowid: an item written twice in one transaction is indexed once. */
    private final Map<Long, Pending> pendingInserts = new HashMap<>();

    private record Pending(long key, ContentItem item) {
    }

    ItemWriter(Connection connection, PinyinInitials initials) throws SQLException {
        this.connection = connection;
        this.initials = initials;
        insertItem = connection.prepareStatement("INSERT INTO content_item(" + ContentRepository.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rowid");
        updateItem = connection.prepareStatement("UPDATE content_item SET category = ?, title = ?, summary = ?, "
                + "body_md = ?, published = ?, expires = ?, priority = ?, featured = ?, url = ? WHERE rowid = ?");
        keyOf = connection.prepareStatement("SELECT rowid, published FROM content_item "
                + "WHERE id = ? AND ifnull(publisher, '') = ifnull(?, '')");
        deleteTitle = connection.prepareStatement("DELETE FROM content_title_fts WHERE rowid = ?");
        deleteBody = connection.prepareStatement("DELETE FROM content_body_fts WHERE rowid = ?");
        insertTitle = connection.prepareStatement(
                "INSERT INTO content_title_fts(rowid, expires, title, initials) VALUES (?, ?, ?, ?)");
        insertBody = connection.prepareStatement("INSERT INTO content_body_fts(rowid, expires, body) VALUES (?, ?, ?)");
    }

    /** Adds or updates {@code publisher}'s item of this id; {@code null} for local content. */
    void upsert(ContentItem item, String publisher) throws SQLException {
        keyOf.setString(1, item.id());
        keyOf.setString(2, publisher);
        long rowid = -1;
        try (ResultSet rs = keyOf.executeQuery()) {
            if (rs.next()) {
                rowid = rs.getLong(1);
                forget(rowid, LocalDate.parse(rs.getString(2)));
            }
        }
        if (rowid >= 0) {
            bindFields(updateItem, 1, item);
            updateItem.setLong(10, rowid);
            updateItem.executeUpdate();
        } else {
            insertItem.setString(1, item.id());
            bindFields(insertItem, 2, item);
            insertItem.setString(11, publisher);
            try (ResultSet rs = insertItem.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("item " + item.id() + " was inserted but has no rowid");
                }
                rowid = rs.getLong(1);
            }
        }
        index(item, rowid);
    }

    /** The item's fields from category to url, as parameters {@code from} to {@code from + 8}. */
    private static void bindFields(PreparedStatement ps, int from, ContentItem item) throws SQLException {
        ps.setString(from, item.category());
        ps.setString(from + 1, item.title());
        ps.setString(from + 2, item.summary());
        ps.setString(from + 3, item.bodyMarkdown());
        ps.setString(from + 4, item.published().toString());
        ps.setString(from + 5, item.expires().map(LocalDate::toString).orElse(null));
        ps.setString(from + 6, item.priority().code());
        ps.setInt(from + 7, item.featured() ? 1 : 0);
        ps.setString(from + 8, item.url().orElse(null));
    }

    /** Adds the search entry of an item stored under {@code rowid} (which has none yet) at {@link #finish()}. */
    void index(ContentItem item, long rowid) {
        pendingInserts.put(rowid, new Pending(SearchKey.of(item.published(), rowid), item));
    }

    /** Makes the index changes of this transaction, deletions first, each in ascending key order. */
    void finish() throws SQLException {
        for (long key : pendingDeletes) {
            deleteTitle.setLong(1, key);
            deleteTitle.executeUpdate();
            deleteBody.setLong(1, key);
            deleteBody.executeUpdate();
        }
        pendingDeletes.clear();
        List<Pending> inserts = new ArrayList<>(pendingInserts.values());
        inserts.sort(Comparator.comparingLong(Pending::key));
        for (Pending p : inserts) {
            ContentItem item = p.item();
            String expires = item.expires().map(LocalDate::toString).orElse(null);
            insertTitle.setLong(1, p.key());
            insertTitle.setString(2, expires);
            insertTitle.setString(3, SearchText.tokens(item.title()));
            insertTitle.setString(4, SearchText.initialsTokens(initials.variants(item.title())));
            insertTitle.executeUpdate();
            insertBody.setLong(1, p.key());
            insertBody.setString(2, expires);
            insertBody.setString(3, SearchText.tokens(item.summary() + "\n"
                    + MarkdownBlocks.plainText(item.bodyMarkdown())));
            insertBody.executeUpdate();
        }
        pendingInserts.clear();
    }

    /** The item under {@code rowid} leaves the index: its entry is deleted, or never made if still pending. */
    private void forget(long rowid, LocalDate published) {
        if (pendingInserts.remove(rowid) == null) {
            pendingDeletes.add(SearchKey.of(published, rowid));
        }
    }

    /** Removes one item of {@code publisher}; an id that publisher never sent is left alone. */
    void withdraw(String id, String publisher) throws SQLException {
        deleteEntries("SELECT rowid, published FROM content_item WHERE id = ? AND publisher = ?", id, publisher);
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM content_item WHERE id = ? AND publisher = ?")) {
            ps.setString(1, id);
            ps.setString(2, publisher);
            ps.executeUpdate();
        }
    }

    /** Removes everything {@code publisher} sent, and unsigned local content, before a full bundle. */
    void removeAllOf(String publisher) throws SQLException {
        deleteEntries("SELECT rowid, published FROM content_item WHERE publisher = ? OR publisher IS NULL", publisher);
        for (String sql : new String[] {
            "DELETE FROM content_item WHERE publisher = ? OR publisher IS NULL",
            "DELETE FROM content_asset WHERE publisher = ? OR publisher = ''"}) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, publisher);
                ps.executeUpdate();
            }
        }
    }

    void putAssets(String publisher, Map<String, ContentChange.Asset> assets) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO content_asset(name, publisher, sha256, data) VALUES (?, ?, ?, ?) ON CONFLICT(publisher, "
                        + "name) DO UPDATE SET sha256 = excluded.sha256, data = excluded.data")) {
            for (Map.Entry<String, ContentChange.Asset> e : assets.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, publisher);
                ps.setString(3, e.getValue().sha256());
                ps.setBytes(4, e.getValue().data());
                ps.executeUpdate();
            }
        }
    }

    /** Removes from the index the items {@code select} (rowid, published) finds. */
    private void deleteEntries(String select, String... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    forget(rs.getLong(1), LocalDate.parse(rs.getString(2)));
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insertItem.close();
        updateItem.close();
        keyOf.close();
        deleteTitle.close();
        deleteBody.close();
        insertTitle.close();
        insertBody.close();
    }
}
