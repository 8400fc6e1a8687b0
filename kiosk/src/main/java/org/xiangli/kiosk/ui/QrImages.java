package org.xiangli.kiosk.ui;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.xiangli.hal.qr.QrCode;
import org.xiangli.hal.qr.QrPixels;

/** QR codes for the screen (扫码在手机上看): the HAL's one encoder, drawn black on white as a JavaFX image. */
public final class QrImages {

    /** Half the standard's four modules: more of the square goes to the modules, and phones read it. */
    static final int QUIET_ZONE = 2;

    private QrImages() {
    }

    /**
     * A QR code of {@code text} (UTF-8, so Chinese survives) at least {@code size} pixels square, with whole-pixel
     * modules and a quiet zone.
     *
     * @throws IllegalArgumentException for text longer than a QR code holds (article URLs and ticket codes are short)
     */
    public static WritableImage image(String text, int size) {
        QrPixels pixels = QrPixels.fit(QrCode.encode(text, QrCode.Level.M, QUIET_ZONE), size);
        int side = pixels.side();
        int[] argb = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                argb[y * side + x] = pixels.isDark(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        // One write of the whole square: pixel by pixel, each went through the image's format conversion, a few
        // ms of the ticket page's build in a cold JVM (issue 18).
        WritableImage image = new WritableImage(side, side);
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), argb, 0, side);
        return image;
    }
}
