package org.xiangli.hal.printer;

import org.xiangli.hal.qr.QrCode;

/**
 * A QR code as a printable raster, centred on a full paper-width strip. A raster prints on every ESC/POS printer,
 * where the native {@code GS ( k} is missing on some and capped near 255 bytes on others.
 */
public final class QrRaster {

    /** Text lines sit right above and below the code on paper: keep the standard's full four modules clear. */
    static final int QUIET_ZONE = 4;

    private QrRaster() {
    }

    /**
     * @param dots   the wanted side; the code uses whole-dot modules, so it may come out a little smaller
     * @throws IllegalArgumentException when the content does not fit a QR code or the paper
     */
    public static MonoBitmap render(String content, int dots, int paperDots) {
        QrCode code = QrCode.encode(content, QrCode.Level.M, QUIET_ZONE);
        int scale = Math.min(dots, paperDots) / code.width();
        if (scale < 1) {
            throw new IllegalArgumentException("QR of " + code.size() + " modules does not fit " + dots + " dots");
        }
        int side = code.size() * scale;
        int top = code.quietZone() * scale;
        int left = (paperDots - side) / 2;
        int rowBytes = MonoBitmap.bytesPerRow(paperDots);
        byte[] rows = new byte[rowBytes * code.width() * scale];
        for (int y = 0; y < side; y++) {
            int row = (top + y) * rowBytes;
            for (int x = 0; x < side; x++) {
                if (code.isDark(code.quietZone() + x / scale, code.quietZone() + y / scale)) {
                    int dot = left + x;
                    rows[row + dot / 8] |= (byte) (0x80 >> (dot % 8));
                }
            }
        }
        return new MonoBitmap(paperDots, code.width() * scale, rows);
    }
}
