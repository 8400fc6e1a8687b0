package org.xiangli.hal.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code as a printable raster, centred on a full paper-width strip. A raster prints on every ESC/POS printer,
 * where the native {@code GS ( k} is missing on some and capped near 255 bytes on others.
 */
public final class QrRaster {

    private QrRaster() {
    }

    /**
     * @param dots   the wanted side; the code uses whole-dot modules, so it may come out a little smaller
     * @throws IllegalArgumentException when the content does not fit a QR code or the paper
     */
    public static MonoBitmap render(String content, int dots, int paperDots) {
        BitMatrix modules;
        try {
            // UTF-8 with an ECI header: without the hint, zxing writes ISO-8859-1 and Chinese becomes '?'.
            modules = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("content does not fit a QR code: " + e.getMessage(), e);
        }
        int side = modules.getWidth();
        int quiet = 4;
        int scale = Math.min(dots, paperDots) / (side + 2 * quiet);
        if (scale < 1) {
            throw new IllegalArgumentException("QR of " + side + " modules does not fit " + dots + " dots");
        }
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
}
