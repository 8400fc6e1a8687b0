package org.xiangli.kiosk.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xiangli.kiosk.demo.DemoData;

class ContentFileTest {

    private static final String GOOD = """
            ---
            title: 冬季用电安全提示
            category: 通知公告
            published: 2026-11-20
            expires: 2027-02-28
            priority: pinned
            featured: true
            url: https://example.org/n/1
            summary: 取暖器不要和插线板串接
            ---
            # 冬季用电安全提示

            取暖器请**直接**插在墙上插座。
            """;

    @Test
    void readsFrontMatterAndBody() throws ContentFileException {
        ContentItem item = ContentFile.parse("n1", GOOD, "n1.md");
        assertEquals("冬季用电安全提示", item.title());
        assertEquals("notices", item.category());
        assertEquals(LocalDate.of(2026, 11, 20), item.published());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), item.expires());
        assertEquals(Priority.PINNED, item.priority());
        assertTrue(item.featured());
        assertEquals(Optional.of("https://example.org/n/1"), item.url());
        assertTrue(item.bodyMarkdown().startsWith("# 冬季用电安全提示"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "published: 2026-11-20|published: 2026-13-40|n1.md:4: published must be a date YYYY-MM-DD",
        "priority: pinned|priority: high|n1.md:6: priority must be urgent, pinned or normal",
        "category: 通知公告|category: 天气|n1.md:3: unknown category '天气'",
        "featured: true|featured: yes|n1.md:7: featured must be true or false",
        "url: https://example.org/n/1|url: javascript:alert(1)|n1.md:8: url must start with http:// or https://",
        "expires: 2027-02-28|expires: 2020-01-01|n1.md:5: expires is before published",
        "summary: 取暖器不要和插线板串接|colour: red|n1.md:9: unknown key 'colour'",
        "title: 冬季用电安全提示|title:|n1.md:1: front matter lacks 'title'"})
    void eachMistakeIsReportedWithFileAndLine(String from, String to, String message) {
        ContentFileException e = assertThrows(ContentFileException.class,
                () -> ContentFile.parse("n1", GOOD.replace(from, to), "n1.md"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void theDemoContentParses() {
        assertEquals(8, DemoData.contentItems().size());
        assertEquals(6, DemoData.serviceGuide().size());
    }

    @Test
    void mutatedFilesFailOnlyWithContentFileException() {
        Random random = new Random(11);
        String alphabet = "-:\n #|*![]()0123456789abc中";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(GOOD);
            for (int e = 0; e < 1 + random.nextInt(6); e++) {
                int at = random.nextInt(text.length());
                if (random.nextBoolean()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                ContentItem item = ContentFile.parse("f", text.toString(), "f.md");
                MarkdownBlocks.parse(item.bodyMarkdown());
            } catch (ContentFileException expected) {
                assertTrue(expected.getMessage().startsWith("f.md"));
            }
        }
    }
}
