package org.xiangli.hal.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;

/** Texts to put into QR codes, and reading them back out of the images drawn of them. */
public final class QrText {

    private static final String PUNCTUATION = "，。：；、！？“”（）《》·—…￥%&=?/#:+-_.~";

    private QrText() {
    }

    /**
     * 1 to {@code maxLength} characters mixing what kiosk codes carry: ASCII (URLs, ticket codes), common Chinese
     * characters, Chinese punctuation, and now and then a character outside the BMP (a surrogate pair).
     */
    public static String random(Random random, int maxLength) {
        int length = 1 + random.nextInt(maxLength);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(20);
            if (kind < 8) {
                text.append((char) (0x20 + random.nextInt(0x5F)));
            } else if (kind < 16) {
                text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
            } else if (kind < 19) {
                text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            } else if (text.length() + 2 <= length) {
                text.appendCodePoint(0x1F300 + random.nextInt(0x200));
            }
        }
        return text.toString();
    }

    /**
     * The text of the one QR code in {@code image}, an unrotated code drawn on white: its modules are read straight
     * off the grid. zxing's finder detection (what {@code TRY_HARDER} relies on) misses a few in every hundred of
     * these perfectly drawn random codes, so it would test zxing's detector rather than what was drawn; that the
     * drawing is the one zxing's writer makes is tested apart, pixel by pixel.
     */
    public static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
