package org.xiangli.kiosk.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.Priority;
import org.xiangli.kiosk.content.SeedDocuments;
import org.xiangli.kiosk.store.Database;

/** Search over every paragraph of the seed documents, compared with a plain substring scan in Java. */
class ContentSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;

    private static Database db;
    private static ContentLibrary library;
    private static List<ContentItem> items;

    @BeforeAll
    static void load() {
        db = Database.open(dir.resolve("kiosk.db"));
        ContentRepository repository = new ContentRepository(db);
        repository.saveCategories(Category.DEFAULTS);
        items = new java.util.ArrayList<>(SeedDocuments.items(SeedDocuments.paragraphs().size(), TODAY));
        items.add(new ContentItem("pension", "policies", "城乡居民养老保险缴费通知", "", "请在年底前缴费。",
                TODAY.minusDays(3), Optional.empty(), Priority.NORMAL, false, Optional.empty()));
        items.add(new ContentItem("bank", "notices", "农商银行上门服务", "", "银行工作人员周三到村。",
                TODAY.minusDays(2), Optional.empty(), Priority.NORMAL, false, Optional.empty()));
        items.add(new ContentItem("expired", "notices", "已过期的补贴公示", "", "补贴公示已结束。",
                TODAY.minusDays(30), Optional.of(TODAY.minusDays(1)), Priority.NORMAL, false, Optional.empty()));
        repository.upsert(items);
        library = new ContentLibrary(repository, CLOCK);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"村", "治", "补贴", "养老", "医疗", "村务公开", "公共服务", "社区服务"})
    void findsExactlyTheVisibleItemsHoldingTheCharactersTitleHitsFirstThenNewest(String query) {
        Set<String> expected = items.stream()
                .filter(i -> i.isVisibleOn(TODAY) && (i.title() + i.bodyMarkdown()).contains(query))
                .map(ContentItem::id).collect(Collectors.toSet());

        List<ContentItem> hits = library.search(query, 10_000);

        assertFalse(expected.isEmpty(), "the seed documents hold " + query);
        assertEquals(expected, hits.stream().map(ContentItem::id).collect(Collectors.toSet()));
        boolean bodyHitSeen = false;
        LocalDate previous = LocalDate.MAX;
        for (ContentItem hit : hits) {
            boolean titleHit = hit.title().contains(query);
            assertFalse(titleHit && bodyHitSeen, "title hit " + hit.title() + " ranked below a body-only hit");
            if (!titleHit && !bodyHitSeen) {
                bodyHitSeen = true;
                previous = LocalDate.MAX;
            }
            assertFalse(hit.published().isAfter(previous), "newest first within each group");
            previous = hit.published();
        }
    }

    @Test
    void pinyinInitialsFindTheTitle() {
        assertEquals("pension", library.search("ylbx", 20).getFirst().id());
        assertEquals("pension", library.search("YLBX", 20).getFirst().id());
        List<String> publicServices = library.search("ggfw", 50).stream().map(ContentItem::title).toList();
        long expected = items.stream().filter(i -> i.title().contains("公共服务")).count();
        assertTrue(publicServices.stream().filter(t -> t.contains("公共服务")).count() == expected, publicServices.toString());
    }

    @Test
    void eitherReadingOfAPolyphoneFindsIt() {
        // 银行: 行 reads háng here; xíng is its first reading in the dictionary.
        assertTrue(library.search("yh", 50).stream().anyMatch(i -> i.id().equals("bank")));
        assertTrue(library.search("nsyh", 50).stream().anyMatch(i -> i.id().equals("bank")));
        assertTrue(library.search("nsyx", 50).stream().anyMatch(i -> i.id().equals("bank")));
    }

    @Test
    void expiredItemsAreNotFoundAndEmptyQueriesFindNothing() {
        assertTrue(library.search("已过期", 10).isEmpty());
        assertTrue(library.search("  ，。", 10).isEmpty());
        assertTrue(library.search("\"*OR", 10).stream().allMatch(i -> true));
    }

    @Test
    void initialsVariantsAreCappedForTitlesFullOfPolyphones() {
        List<String> variants = new PinyinInitials().variants("长行重乐长行重乐长行重乐");
        assertTrue(variants.size() <= PinyinInitials.MAX_VARIANTS, variants.toString());
        assertEquals("ylbx", new PinyinInitials().variants("养老保险").getFirst());
    }
}
