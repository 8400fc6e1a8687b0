package org.xiangli.hal.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;

/**
 * A QR code as a square of modules: the project's one QR encoder. Screens, labels and paper draw it through their
 * adapters ({@link QrPixels} and {@link QrPng} here, the printer's raster, the kiosk's JavaFX image); none of them
 * encodes. Immutable.
 *
 * @param size      modules per side of the symbol itself (21 for version 1, up to 177)
 * @param quietZone light modules on each side around the symbol, which readers need to find it
 * @param level     how much of the symbol may be scuffed or covered and still read
 * @param dark      the symbol's dark modules, row by row ({@code y * size + x}); the quiet zone is never dark
 */
public record QrCode(int size, int quietZone, Level level, BitSet dark) {

    /** Error correction: about 7, 15, 25 and 30 % of the symbol may be lost. */
    public enum Level {
        L(ErrorCorrectionLevel.L), M(ErrorCorrectionLevel.M), Q(ErrorCorrectionLevel.Q), H(ErrorCorrectionLevel.H);

        private final ErrorCorrectionLevel zxing;

        Level(ErrorCorrectionLevel zxing) {
            this.zxing = zxing;
        }
    }

    public QrCode {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(dark, "dark");
        if (size < 21 || size > 177 || (size - 17) % 4 != 0) {
            throw new IllegalArgumentException("not a QR symbol size: " + size);
        }
        if (quietZone < 0) {
            throw new IllegalArgumentException("negative quiet zone: " + quietZone);
        }
        if (dark.length() > size * size) {
            throw new IllegalArgumentException("dark modules outside a " + size + "-module symbol");
        }
        dark = (BitSet) dark.clone();
    }

    /**
     * Encodes {@code text} as UTF-8 with an ECI header: without it zxing writes ISO-8859-1 and Chinese becomes '?'.
     *
     * @throws IllegalArgumentException when the text is empty or longer than a QR code of this level holds
     */
    public static QrCode encode(String text, Level level, int quietZone) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs some text");
        }
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(text, level.zxing,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code (" + text.length() + " characters, level "
                    + level + ")", e);
        }
        int size = matrix.getWidth();
        BitSet dark = new BitSet(size * size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y) == 1) {
                    dark.set(y * size + x);
                }
            }
        }
        return new QrCode(size, quietZone, level, dark);
    }

    @Override
    public BitSet dark() {
        return (BitSet) dark.clone();
    }

    /** Modules per side with the quiet zone: what a drawing of the code must make room for. */
    public int width() {
        return size + 2 * quietZone;
    }

    /** Whether the module at ({@code x}, {@code y}) is dark, counted from the quiet zone's top left corner. */
    public boolean isDark(int x, int y) {
        if (x < 0 || y < 0 || x >= width() || y >= width()) {
            throw new IndexOutOfBoundsException("module (" + x + ", " + y + ") outside " + width() + " modules");
        }
        int symbolX = x - quietZone;
        int symbolY = y - quietZone;
        return symbolX >= 0 && symbolY >= 0 && symbolX < size && symbolY < size && dark.get(symbolY * size + symbolX);
    }
}
