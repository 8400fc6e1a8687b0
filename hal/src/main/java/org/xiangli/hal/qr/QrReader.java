package org.xiangli.hal.qr;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code back from an image, as a scanner reads paper: the simulated scanner of demo mode and scenarios
 * reads what the virtual printer printed. zxing stays inside this package (ArchitectureTest).
 */
public final class QrReader {

    private QrReader() {
    }

    /** The text of the QR code in {@code image}, or empty when there is none it can read. */
    public static Optional<String> read(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        try {
            return Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(w, h, pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }
}
