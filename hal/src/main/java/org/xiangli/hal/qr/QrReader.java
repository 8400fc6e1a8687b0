package org.xiangli.hal.qr;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code back from an image, as a scanner reads paper: the simulated scanner of demo mode and scenarios
 * reads what the virtual printer printed. zxing stays inside this package (ArchitectureTest).
 */
public final class QrReader {

    private QrReader() {
    }

    private static final Map<DecodeHintType, Object> LOOK_HARD = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    /**
     * The text of the QR code in {@code image}, or empty when there is none it can read.
     *
     * <p>zxing's single-code detector takes the three likeliest finder patterns; in a few of every hundred large
     * codes (version 15 and up: an enrollment or set-up label) the data itself holds a likelier false one, and the
     * perfectly drawn code reads as "not found". The multi-code detector tries every combination of candidates, as a
     * scanner module retries, so it is asked when the first look fails.
     */
    public static Optional<String> read(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, LOOK_HARD).getText());
        } catch (ReaderException firstLook) {
            try {
                var found = new QRCodeMultiReader().decodeMultiple(bitmap, LOOK_HARD);
                return found.length == 0 ? Optional.empty() : Optional.of(found[0].getText());
            } catch (ReaderException secondLook) {
                return Optional.empty();
            }
        }
    }
}
