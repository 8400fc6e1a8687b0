package org.xiangli.hal.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.BitSet;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xiangli.hal.testing.QrText;

class QrCodeTest {

    private static final String[] TEXTS = {"XIANGLI-TICKET:DEMO-001:2026-11-23:A003",
        "https://xiangli.example/bill?户号=青石村-0042", "XLBILL:1:DEMO-001:W2026110001", "青石村便民服务站 惠农补贴 2026"};

    /** What the screens and labels drew before there was one encoder: zxing's writer at that size. */
    private static BitMatrix zxingWriter(String text, QrCode.Level level, int quietZone, int pixels) throws Exception {
        return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.valueOf(level.name()),
                EncodeHintType.MARGIN, quietZone, EncodeHintType.CHARACTER_SET, "UTF-8"));
    }

    @ParameterizedTest
    @CsvSource({"M, 2, 260", "M, 2, 400", "M, 2, 600", "M, 2, 0", "M, 4, 300", "H, 2, 260", "L, 0, 97"})
    void givenAnySizeAndQuietZone_whenLaidOutInPixels_thenEveryPixelIsWhatZxingsWriterDraws(QrCode.Level level,
            int quietZone, int pixels) throws Exception {
        for (String text : TEXTS) {
            BitMatrix expected = zxingWriter(text, level, quietZone, pixels);

            QrPixels actual = QrPixels.fit(QrCode.encode(text, level, quietZone), pixels);

            assertEquals(expected.getWidth(), actual.side(), text);
            for (int y = 0; y < actual.side(); y++) {
                for (int x = 0; x < actual.side(); x++) {
                    assertEquals(expected.get(x, y), actual.isDark(x, y), text + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void givenALabel_whenDrawnAsPng_thenItIsTheImageZxingsJavaseWriterMade() throws Exception {
        for (String text : TEXTS) {
            BufferedImage expected = MatrixToImageWriter.toBufferedImage(zxingWriter(text, QrCode.Level.M, 2, 400));

            BufferedImage actual = ImageIO.read(new ByteArrayInputStream(
                    QrPng.bytes(QrCode.encode(text, QrCode.Level.M, 2), 400)));

            assertEquals(expected.getWidth(), actual.getWidth());
            assertEquals(expected.getHeight(), actual.getHeight());
            for (int y = 0; y < actual.getHeight(); y++) {
                for (int x = 0; x < actual.getWidth(); x++) {
                    assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), text + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void givenRandomTextsUpTo300Characters_whenDrawnAsPng_thenEachDecodesBackToItsText() throws Exception {
        Random random = new Random(20261123L);
        for (int i = 0; i < 150; i++) {
            String text = QrText.random(random, 300);
            int pixels = i % 2 == 0 ? 400 : 600;

            BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                    QrPng.bytes(QrCode.encode(text, QrCode.Level.M, 2), pixels)));

            assertEquals(text, QrText.decode(png), "iteration " + i + " at " + pixels + " px");
        }
    }

    @Test
    void givenACode_whenItsModulesAreRead_thenTheQuietZoneIsLightAndTheFinderCornerDark() {
        QrCode code = QrCode.encode("打印测试", QrCode.Level.M, 4);

        assertEquals(21, code.size(), "a few characters fit version 1");
        assertEquals(29, code.width());
        for (int i = 0; i < code.width(); i++) {
            assertFalse(code.isDark(i, 0) || code.isDark(0, i) || code.isDark(i, 3) || code.isDark(3, i));
        }
        assertTrue(code.isDark(4, 4), "the top left finder pattern starts right after the quiet zone");
        assertThrows(IndexOutOfBoundsException.class, () -> code.isDark(29, 0));
    }

    @Test
    void givenACode_whenItsModulesAreChangedFromOutside_thenTheCodeStaysAsItWas() {
        QrCode code = QrCode.encode("XLBILL:1:DEMO-001:W2026110001", QrCode.Level.M, 2);
        BitSet leaked = code.dark();
        BitSet given = code.dark();
        QrCode copy = new QrCode(code.size(), code.quietZone(), code.level(), given);

        leaked.flip(0, code.size() * code.size());
        given.clear();

        assertEquals(code, copy);
        assertEquals(code.dark(), copy.dark());
        assertNotEquals(leaked, code.dark());
    }

    @Test
    void givenTextNoQrCodeHolds_whenEncoded_thenIllegalArgumentNamesIt() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.encode("", QrCode.Level.M, 2));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> QrCode.encode("青".repeat(1200), QrCode.Level.H, 2));
        assertTrue(tooLong.getMessage().contains("1200 characters"), tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QrCode(22, 2, QrCode.Level.M, new BitSet()));
    }
}
