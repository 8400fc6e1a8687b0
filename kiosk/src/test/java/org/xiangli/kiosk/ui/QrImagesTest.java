package org.xiangli.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xiangli.kiosk.payments.screens.PaymentQrView;

/** The screen's QR images are drawn from the HAL's one encoder, as big as before, and read back as their text. */
@ExtendWith(FxToolkit.class)
class QrImagesTest {

    /** Ticket, article and payment QR sizes of the screens. */
    @ParameterizedTest
    @ValueSource(ints = {200, 220, 260})
    void givenScreenSizes_whenDrawn_thenEveryPixelIsWhatZxingsWriterDrewBeforeTheOneEncoder(int size)
            throws Exception {
        for (String text : new String[] {"XIANGLI-TICKET:DEMO-001:2026-11-23:A003",
            "https://pay.example/bill?户号=青石村-0042&amount=120.00"}) {
            BitMatrix before = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));

            WritableImage image = QrImages.image(text, size);

            assertEquals(before.getWidth(), (int) image.getWidth());
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < before.getHeight(); y++) {
                for (int x = 0; x < before.getWidth(); x++) {
                    assertEquals(before.get(x, y) ? 0xFF000000 : 0xFFFFFFFF, pixels.getArgb(x, y),
                            text + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void givenRandomTextsUpTo300Characters_whenDrawnForTheScreen_thenEachDecodesBackToItsText() throws Exception {
        Random random = new Random(260);
        for (int i = 0; i < 100; i++) {
            String text = randomText(random, 300);

            WritableImage image = QrImages.image(text, 260);

            assertEquals(text, decode(image), "iteration " + i);
        }
    }

    @Test
    void givenAnUnpaidBill_whenItsPaymentQrIsShown_thenItIsTheScreensQrImage() throws Exception {
        String url = "https://pay.example/bill?户号=青石村-0042";

        var view = PaymentQrView.of(url, 260);

        assertEquals(url, decode((WritableImage) view.getImage()));
        assertEquals(QrImages.image(url, 260).getWidth(), view.getImage().getWidth());
    }

    /** ASCII, common Chinese characters and now and then a character outside the BMP. */
    private static String randomText(Random random, int maxLength) {
        int length = 1 + random.nextInt(maxLength);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                text.append((char) (0x20 + random.nextInt(0x5F)));
            } else if (kind < 9) {
                text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
            } else if (text.length() + 2 <= length) {
                text.appendCodePoint(0x1F300 + random.nextInt(0x200));
            }
        }
        return text.toString();
    }

    /**
     * Reads the modules straight off the grid: zxing's finder detection misses a few in every hundred perfectly drawn
     * random codes, which would test zxing rather than the drawing.
     */
    private static String decode(WritableImage image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                copy.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(copy))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
