package org.xiangli.kiosk.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.content.MarkdownBlocks.Block;

class MarkdownBlocksTest {

    @Test
    void parsesTheSubsetIntoBlocks() {
        List<Block> blocks = MarkdownBlocks.parse("""
                # 标题
                第一段**重点**内容
                续行。

                - 甲
                - 乙
                1. 一
                2. 二

                | 项目 | 金额 |
                |---|---|
                | 租金 | **96,000** |

                ![村委会](images/office.png)
                <script>alert(1)</script>
                """);
        assertEquals(new MarkdownBlocks.Heading(1, List.of(new MarkdownBlocks.Span("标题", false))), blocks.get(0));
        MarkdownBlocks.Paragraph p = assertInstanceOf(MarkdownBlocks.Paragraph.class, blocks.get(1));
        assertEquals(List.of(new MarkdownBlocks.Span("第一段", false), new MarkdownBlocks.Span("重点", true),
                new MarkdownBlocks.Span("内容续行。", false)), p.spans());
        assertEquals(false, assertInstanceOf(MarkdownBlocks.ListBlock.class, blocks.get(2)).ordered());
        assertEquals(true, assertInstanceOf(MarkdownBlocks.ListBlock.class, blocks.get(3)).ordered());
        MarkdownBlocks.Table t = assertInstanceOf(MarkdownBlocks.Table.class, blocks.get(4));
        assertEquals(List.of("项目", "金额"), t.header());
        assertEquals(List.of(List.of("租金", "96,000")), t.rows());
        assertEquals(new MarkdownBlocks.Image("村委会", "images/office.png"), blocks.get(5));
        // HTML is never interpreted: it stays visible text.
        assertEquals("<script>alert(1)</script>", MarkdownBlocks.plainText("<script>alert(1)</script>"));
    }

    @Test
    void randomTextNeverBreaksTheParser() {
        Random random = new Random(5);
        String alphabet = "#|-*![]()1. \n文字ab";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            MarkdownBlocks.parse(sb.toString());
        }
    }
}
