package org.xiangli.county.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.content.MarkdownBlocks;

class TableTextTest {

    @Test
    void cellsPastedFromASpreadsheetBecomeTheKiosksTable() {
        String pasted = "项目\t金额（元）\t说明\r\n上级转移支付\t120000\t\"含办公经费\n和误工补贴\"\r\n道路|维修\t-82500\t\r\n\t\t\r\n";
        String md = TableText.markdown(pasted);
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.parse(md);
        assertEquals(1, blocks.size(), md);
        MarkdownBlocks.Table t = (MarkdownBlocks.Table) blocks.getFirst();
        assertEquals(List.of("项目", "金额（元）", "说明"), t.header());
        assertEquals(List.of("上级转移支付", "120000", "含办公经费 和误工补贴"), t.rows().get(0));
        assertEquals(List.of("道路｜维修", "-82500", "—"), t.rows().get(1), "a '|' cannot split a cell");
        assertEquals(2, t.rows().size(), "the empty row of the selection is dropped");
    }

    @Test
    void aCsvFileWithQuotesAndABomIsReadAsExcelWritesIt() {
        String csv = "\uFEFF项目,金额\n\"租金,鱼塘\",\"66,000\"\n\"他说\"\"好\"\"\",1\n";
        List<List<String>> rows = TableText.rows(csv);
        assertEquals(List.of(List.of("项目", "金额"), List.of("租金,鱼塘", "66,000"), List.of("他说\"好\"", "1")), rows);
    }

    @Test
    void tooLargeOrBrokenTablesAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TableText.rows("a\t\"b\nc"))
                .getMessage().contains("引号"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TableText.rows("x\n".repeat(400)))
                .getMessage().contains("300"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TableText.rows("a\t".repeat(25) + "z"))
                .getMessage().contains("列"));
        assertEquals("", TableText.markdown("  \n\t\n"));
    }

    /** Any text at all: a table the kiosk's parser reads back cell for cell, or a clear refusal. */
    @Test
    void fuzzedPastesNeverBreakTheKiosksTable() {
        Random random = new Random(17);
        String alphabet = "ab,\t\"\n\r|　金额—\\*#-";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<List<String>> rows;
            try {
                rows = TableText.rows(sb.toString());
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("/"), e.getMessage());
                continue;
            }
            String md = TableText.markdown(sb.toString());
            if (rows.isEmpty()) {
                assertEquals("", md);
                continue;
            }
            List<MarkdownBlocks.Block> blocks = MarkdownBlocks.parse(md);
            assertEquals(1, blocks.size(), () -> "input " + sb + " gave " + md);
            MarkdownBlocks.Table t = (MarkdownBlocks.Table) blocks.getFirst();
            assertEquals(rows.size() - 1, t.rows().size(), md);
            assertEquals(rows.getFirst().size(), t.header().size(), md);
        }
    }
}
