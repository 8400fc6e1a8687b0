package org.xiangli.hal.qr;

import java.util.Objects;

/**
 * A QR code laid out on a square of pixels for a screen or a label: every module the same whole number of pixels,
 * the symbol centred, everything else light. It is the layout zxing's {@code QRCodeWriter} draws, so images made
 * before there was one encoder come out pixel for pixel the same.
 *
 * @param code   what is drawn
 * @param side   pixels per side of the image
 * @param scale  pixels per module side
 * @param offset pixels from the image's edge to the symbol's first module (the quiet zone and any spare pixels)
 */
public record QrPixels(QrCode code, int side, int scale, int offset) {

    public QrPixels {
        Objects.requireNonNull(code, "code");
        if (scale < 1 || side < code.width() * scale || offset < 0 || offset + code.size() * scale > side) {
            throw new IllegalArgumentException("a " + code.width() + "-module code does not fit " + side
                    + " pixels at " + scale + " per module from " + offset);
        }
    }

    /**
     * The biggest whole-pixel modules that fit {@code pixels} with the quiet zone. A code too big for that many
     * pixels gets one pixel per module and an image as big as it needs (never a code that does not read).
     */
    public static QrPixels fit(QrCode code, int pixels) {
        int side = Math.max(pixels, code.width());
        int scale = side / code.width();
        return new QrPixels(code, side, scale, (side - code.size() * scale) / 2);
    }

    public boolean isDark(int x, int y) {
        int symbolX = x - offset;
        int symbolY = y - offset;
        if (symbolX < 0 || symbolY < 0 || symbolX >= code.size() * scale || symbolY >= code.size() * scale) {
            return false;
        }
        return code.isDark(code.quietZone() + symbolX / scale, code.quietZone() + symbolY / scale);
    }
}
