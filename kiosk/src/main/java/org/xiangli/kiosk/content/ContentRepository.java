package org.xiangli.kiosk.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;

/** Data access for categories and content items: the only place that speaks SQL about content. */
public final class ContentRepository {

    private static final String COLUMNS =
            "id, category, title, summary, body_md, published, expires, priority, featured, url";
    // Visible on a day: published on or before it, not expired before it. Dates are ISO text, so they compare.
    private static final String VISIBLE = "published <= ? AND (expires IS NULL OR expires >= ?)";
    private static final String ORDER =
            " ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'pinned' THEN 1 ELSE 2 END, published DESC, id";

    private final Database db;

    public ContentRepository(Database db) {
        this.db = db;
    }

    public void saveCategories(List<Category> categories) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO content_category(code, name_zh, name_en, sort_order) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT(code) DO UPDATE SET name_zh = excluded.name_zh, "
                            + "name_en = excluded.name_en, sort_order = excluded.sort_order")) {
                for (Category cat : categories) {
                    ps.setString(1, cat.code());
                    ps.setString(2, cat.nameZh());
                    ps.setString(3, cat.nameEn());
                    ps.setInt(4, cat.sortOrder());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public List<Category> categories() {
        return db.transaction(c -> {
            List<Category> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, name_zh, name_en, sort_order FROM content_category ORDER BY sort_order, code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            return out;
        });
    }

    /** Inserts or replaces items in one transaction. */
    public void upsert(List<ContentItem> items) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO content_item(" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ContentItem item : items) {
                    ps.setString(1, item.id());
                    ps.setString(2, item.category());
                    ps.setString(3, item.title());
                    ps.setString(4, item.summary());
                    ps.setString(5, item.bodyMarkdown());
                    ps.setString(6, item.published().toString());
                    ps.setString(7, item.expires().map(LocalDate::toString).orElse(null));
                    ps.setString(8, item.priority().code());
                    ps.setInt(9, item.featured() ? 1 : 0);
                    ps.setString(10, item.url().orElse(null));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public int count() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM content_item");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
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

    public Optional<ContentItem> find(String id) {
        return query("SELECT " + COLUMNS + " FROM content_item WHERE id = ?", id).stream().findFirst();
    }

    private List<ContentItem> query(String sql, String... params) {
        return db.transaction(c -> read(c, sql, params));
    }

    private static List<ContentItem> read(Connection c, String sql, String... params) throws SQLException {
        List<ContentItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ContentItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), LocalDate.parse(rs.getString(6)),
                            Optional.ofNullable(rs.getString(7)).map(LocalDate::parse),
                            Priority.ofCode(rs.getString(8)), rs.getInt(9) == 1,
                            Optional.ofNullable(rs.getString(10))));
                }
            }
        }
        return out;
    }
}
