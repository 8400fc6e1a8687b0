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
 */
final class ItemWriter implements AutoCloseable {

    private final PinyinInitials initials;
    private final PreparedStatement upsertItem;
    private final PreparedStatement rowidOf;
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
        upsertItem = connection.prepareStatement("INSERT INTO content_item(" + ContentRepository.COLUMNS
                + ", publisher) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + "category = excluded.category, title = excluded.title, summary = excluded.summary, "
                + "body_md = excluded.body_md, published = excluded.published, expires = excluded.expires, "
                + "priority = excluded.priority, featured = excluded.featured, url = excluded.url, "
                + "publisher = excluded.publisher");
        rowidOf = connection.prepareStatement("SELECT rowid FROM content_item WHERE id = ?");
        keyOf = connection.prepareStatement("SELECT rowid, published FROM content_item WHERE id = ?");
        deleteTitle = connection.prepareStatement("DELETE FROM content_title_fts WHERE rowid = ?");
        deleteBody = connection.prepareStatement("DELETE FROM content_body_fts WHERE rowid = ?");
        insertTitle = connection.prepareStatement(
                "INSERT INTO content_title_fts(rowid, expires, title, initials) VALUES (?, ?, ?, ?)");
        insertBody = connection.prepareStatement("INSERT INTO content_body_fts(rowid, expires, body) VALUES (?, ?, ?)");
    }

    void upsert(ContentItem item, String publisher) throws SQLException {
        keyOf.setString(1, item.id());
        try (ResultSet rs = keyOf.executeQuery()) {
            if (rs.next()) {
                forget(rs.getLong(1), LocalDate.parse(rs.getString(2)));
            }
        }
        upsertItem.setString(1, item.id());
        upsertItem.setString(2, item.category());
        upsertItem.setString(3, item.title());
        upsertItem.setString(4, item.summary());
        upsertItem.setString(5, item.bodyMarkdown());
        upsertItem.setString(6, item.published().toString());
        upsertItem.setString(7, item.expires().map(LocalDate::toString).orElse(null));
        upsertItem.setString(8, item.priority().code());
        upsertItem.setInt(9, item.featured() ? 1 : 0);
        upsertItem.setString(10, item.url().orElse(null));
        upsertItem.setString(11, publisher);
        upsertItem.executeUpdate();
        index(item, rowid(item.id()));
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
            "DELETE FROM content_asset WHERE publisher = ? OR publisher IS NULL"}) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, publisher);
                ps.executeUpdate();
            }
        }
    }

    void putAssets(String publisher, Map<String, ContentChange.Asset> assets) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR REPLACE INTO content_asset(name, publisher, sha256, data) VALUES (?, ?, ?, ?)")) {
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

    private long rowid(String id) throws SQLException {
        rowidOf.setString(1, id);
        try (ResultSet rs = rowidOf.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("item " + id + " vanished inside its own transaction");
            }
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        upsertItem.close();
        rowidOf.close();
        keyOf.close();
        deleteTitle.close();
        deleteBody.close();
        insertTitle.close();
        insertBody.close();
    }
}
