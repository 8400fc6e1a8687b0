package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscPosEncoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void givenATextLine_whenEncoded_thenBytesAreInitChineseModeStyleGb18030AndReset() {
        Receipt receipt = Receipt.builder().text("打印测试", TextSize.LARGE, true, Align.CENTER).build();

        byte[] bytes = new EscPosEncoder(PaperWidth.MM58).encode(receipt);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(HexFormat.of().parseHex("1b40" + "1c26" + "1b6101" + "1b4501" + "1d2111"));
        expected.writeBytes("打印测试".getBytes(GB18030));
        expected.writeBytes(HexFormat.of().parseHex("0a" + "1d2100" + "1b4500" + "1b6100"));
        assertArrayEquals(expected.toByteArray(), bytes);
        assertArrayEquals(new byte[] {(byte) 0xB4, (byte) 0xF2}, "打".getBytes(GB18030));
    }

    @Test
    void givenAKeyValueRow_whenEncodedFor58mm_thenKeyAndValueFill32Columns() {
        Receipt receipt = Receipt.builder().keyValue("金额", "120.00元").build();

        String text = new String(new EscPosEncoder(PaperWidth.MM58).encode(receipt), GB18030).substring(4);

        assertEquals("金额" + " ".repeat(32 - 4 - 8) + "120.00元\n", text);
    }

    @Test
    void givenASeparator_whenEncodedFor80mm_thenItIs48CharactersWide() {
        Receipt receipt = Receipt.builder().separator('-').build();

        String text = new String(new EscPosEncoder(PaperWidth.MM80).encode(receipt), GB18030).substring(4);

        assertEquals("-".repeat(48) + "\n", text);
    }

    @Test
    void givenAQrCode_whenEncoded_thenItIsAFullWidthGsV0Raster() {
        Receipt receipt = Receipt.builder().qr("打印测试", 200).build();

        byte[] bytes = new EscPosEncoder(PaperWidth.MM58).encode(receipt);

        assertArrayEquals(HexFormat.of().parseHex("1d763000" + "3000"), Arrays.copyOfRange(bytes, 4, 10));
        int height = (bytes[10] & 0xFF) | (bytes[11] & 0xFF) << 8;
        assertEquals(4 + 8 + 48 * height, bytes.length);
    }

    @Test
    void givenACut_whenEncoded_thenPaperIsFedPastTheCutterAndCut() {
        byte[] bytes = new EscPosEncoder(PaperWidth.MM58).encode(Receipt.builder().cut().build());

        assertArrayEquals(HexFormat.of().parseHex("1b40" + "1c26" + "1b6404" + "1d5600"), bytes);
    }

    @Test
    void givenLongChineseText_whenWrapped_thenNoLineExceedsTheColumns() {
        List<String> lines = TextColumns.wrap("绿色通道（老年人·军人·残疾人优先）这一行很长 abc", 16);

        assertTrue(lines.stream().allMatch(line -> TextColumns.width(line) <= 16), lines.toString());
        assertEquals("绿色通道（老年人·军人·残疾人优先）这一行很长 abc", String.join("", lines));
    }

    @Test
    void givenTextWithControlCharacters_whenEncoded_thenTheyCannotBecomePrinterCommands() {
        Receipt receipt = Receipt.builder().keyValue("姓名\u001B@", "\u001DV\u0000张三").build();

        byte[] bytes = new EscPosEncoder(PaperWidth.MM58).encode(receipt);

        byte[] text = Arrays.copyOfRange(bytes, 4, bytes.length - 1);
        for (byte b : text) {
            assertTrue(b == ' ' || (b & 0xFF) >= 0x20, "control byte " + b + " in text");
        }
    }
}
