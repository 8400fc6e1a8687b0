package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EscPosTextTest {

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void givenATicketsBytes_whenReadBack_thenItsWordsComeOutLineByLineAndTheQrLeavesNone(PaperWidth paper) {
        byte[] escPos = new EscPosEncoder(paper).encode(SampleReceipts.ticket());
        EscPosText words = new EscPosText();
        EscPosParser parser = new EscPosParser(words);

        // In any chunking, as bytes arrive from a port.
        for (int i = 0; i < escPos.length; i += 7) {
            parser.feed(escPos, i, Math.min(7, escPos.length - i));
        }
        parser.finish();
        String page = words.takePage();

        List<String> lines = page.lines().toList();
        assertEquals("青石村便民服务站", lines.getFirst().strip());
        assertTrue(lines.stream().anyMatch(l -> l.strip().equals("A003")), page);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("办理事项") && l.endsWith("养老保险缴费")), page);
        // A long line wraps at the paper's width, and no character is lost on the way.
        assertTrue(page.replace("\n", "").contains("绿色通道（老年人·军人·残疾人优先）这一行很长，会在纸宽处自动换行，不会丢字。"), page);
        assertFalse(page.contains(SampleReceipts.TICKET_QR), "a QR code is pixels, not words");
        assertEquals("", words.takePage(), "a page is taken once");
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void givenTextBeforeAnInitialize_whenReadBack_thenItIsDroppedAsThePrinterDropsIt(PaperWidth paper) {
        EscPosText words = new EscPosText();
        EscPosParser parser = new EscPosParser(words);

        parser.feed("noise".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        parser.feed(new EscPosEncoder(paper).encode(Receipt.builder().text("您的号码").cut().build()));
        parser.finish();

        assertEquals("您的号码", words.takePage());
    }
}
