package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiangli.hal.testing.QrText;

/** The printer's adapter over the one QR encoder: same dots as before it, and every code reads back. */
class QrRasterTest {

    /** The raster as QrRaster drew it with its own zxing encoder, kept as the reference for the adapter. */
    private static MonoBitmap drawnBefore(String content, int dots, int paperDots) throws Exception {
        BitMatrix modules = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 0));
        int side = modules.getWidth();
        int quiet = 4;
        int scale = Math.min(dots, paperDots) / (side + 2 * quiet);
        int height = (side + 2 * quiet) * scale;
        int left = (paperDots - side * scale) / 2;
        int rowBytes = MonoBitmap.bytesPerRow(paperDots);
        byte[] rows = new byte[rowBytes * height];
        for (int y = 0; y < side * scale; y++) {
            int row = (quiet * scale + y) * rowBytes;
            for (int x = 0; x < side * scale; x++) {
                if (modules.get(x / scale, y / scale)) {
                    int dot = left + x;
                    rows[row + dot / 8] |= (byte) (0x80 >> (dot % 8));
                }
            }
        }
        return new MonoBitmap(paperDots, height, rows);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void givenTicketAndBillCodes_whenRastered_thenTheDotsAreTheSameAsBeforeTheOneEncoder(PaperWidth paper)
            throws Exception {
        for (String content : new String[] {SampleReceipts.TICKET_QR, "打印测试", "https://xiangli.example/a/42"}) {
            for (int dots : new int[] {120, 200, 260, paper.dots()}) {
                MonoBitmap expected = drawnBefore(content, dots, paper.dots());

                MonoBitmap actual = QrRaster.render(content, dots, paper.dots());

                assertEquals(expected.height(), actual.height(), content + " at " + dots);
                assertArrayEquals(expected.rows(), actual.rows(), content + " at " + dots);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void givenRandomTextsUpTo300Characters_whenRastered_thenEachDecodesBackToItsText(PaperWidth paper)
            throws Exception {
        Random random = new Random(paper.dots());
        for (int i = 0; i < 75; i++) {
            String text = QrText.random(random, 300);

            MonoBitmap raster = QrRaster.render(text, paper.dots(), paper.dots());

            assertEquals(text, QrText.decode(raster.toImage()), "iteration " + i);
        }
    }

    @Test
    void givenACodeTooBigForTheDots_whenRastered_thenIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> QrRaster.render("青".repeat(300), 100, 384));
    }
}
