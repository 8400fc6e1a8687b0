package org.xiangli.kiosk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentChange;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.Priority;

/** Schema 9 keys items and images by publisher; what a kiosk held before is found, and shown, as it was. */
class ContentByPublisherMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String COUNTY = "304581004e090494";
    private static final String TOWNSHIP = "8736a30c3c93e2cc";
    private static final byte[] CHART = "county chart".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void itemsImagesAndTheSearchIndexOfSchema8SurviveAndAnotherPublisherMayReuseTheirIds() {
        Path file = dir.resolve("kiosk.db");
        try (Database old = Database.open(file, 8)) {
            old.transaction(c -> {
                Sql.update(c, "INSERT INTO content_category(code, name_zh, name_en) VALUES ('notices', '通知公告', "
                        + "'Notices')");
                Sql.update(c, "INSERT INTO content_item(id, category, title, body_md, published, publisher) VALUES "
                        + "('fire', 'notices', '秋冬防火巡查通知', '![图](images/chart.png)', '2026-11-01', ?), "
                        + "('demo', 'notices', '养老保险缴费通知', '请在年底前缴费。', '2026-10-01', NULL)", COUNTY);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO content_asset(name, publisher, sha256, data) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, "images/chart.png");
                    ps.setString(2, COUNTY);
                    ps.setString(3, "0".repeat(64));
                    ps.setBytes(4, CHART);
                    ps.executeUpdate();
                }
                return null;
            });
            // The index of schema 7, built from these rows the way a running kiosk built it.
            new ContentRepository(old);
        }

        try (Database upgraded = Database.open(file)) {
            ContentRepository repository = new ContentRepository(upgraded);
            ContentLibrary library = new ContentLibrary(repository, CLOCK);
            assertEquals(0, upgraded.transaction(c -> Sql.one(c, "SELECT count(*) FROM content_search_rebuild",
                    rs -> rs.getInt(1))).orElseThrow(), "no rebuild needed: the rowids the index holds were kept");
            ContentItem fire = library.search("防火", 10).getFirst();
            assertEquals(Optional.of(COUNTY), fire.publisher());
            assertArrayEquals(CHART, library.asset(fire, "images/chart.png").orElseThrow());
            assertEquals(List.of("demo"), library.search("ylbx", 10).stream().map(ContentItem::id).toList());

            repository.apply(new ContentChange(TOWNSHIP, 1, "t1", false, List.of(), List.of(new ContentItem("fire",
                    "notices", "乡镇防火通知", "", "正文", LocalDate.of(2026, 11, 2), Optional.empty(),
                    Priority.NORMAL, false, Optional.empty())), List.of(), java.util.Map.of("images/chart.png",
                    new ContentChange.Asset("1".repeat(64), new byte[] {1}))), CLOCK.instant());

            assertEquals(List.of("乡镇防火通知", "秋冬防火巡查通知"), library.search("防火", 10).stream()
                    .map(ContentItem::title).toList());
            assertArrayEquals(CHART, repository.asset(COUNTY, "images/chart.png").orElseThrow());
            assertEquals("ok", upgraded.integrityCheck());
        }
    }
}
