package org.xiangli.kiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;

/** Schema 7 replaced the search index; a kiosk upgraded from 6 must find its old items again. */
class SearchIndexRebuildTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void itemsStoredBeforeSchema7AreFoundAfterTheUpgradeAndTheIndexIsBuiltOnce() {
        Path file = dir.resolve("kiosk.db");
        try (Database old = Database.open(file, 6)) {
            old.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO content_category(code, name_zh, name_en) VALUES ('notices', '通知公告', 'Notices')");
                    s.execute("INSERT INTO content_item(id, category, title, body_md, published) VALUES "
                            + "('old', 'notices', '养老保险缴费通知', '请在年底前缴费。', '2026-11-01'), "
                            + "('older', 'notices', '秋收安全提示', '注意养老院周边交通。', '2026-10-01')");
                }
                return null;
            });
        }
        try (Database upgraded = Database.open(file)) {
            ContentLibrary library = new ContentLibrary(new ContentRepository(upgraded), CLOCK);

            assertEquals(List.of("old", "older"), library.search("养", 10).stream().map(ContentItem::id).toList());
            assertEquals(List.of("old"), library.search("ylbx", 10).stream().map(ContentItem::id).toList());
            assertEquals(Integer.valueOf(0), upgraded.<Integer>transaction(c -> {
                try (Statement s = c.createStatement();
                     var rs = s.executeQuery("SELECT count(*) FROM content_search_rebuild")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
        try (Database again = Database.open(file)) {
            // A second start finds the index built and each item in it once.
            assertEquals(List.of("old", "older"), new ContentLibrary(new ContentRepository(again), CLOCK)
                    .search("养", 10).stream().map(ContentItem::id).toList());
        }
    }
}
