package org.xiangli.provisioning.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/** QR codes for kioskctl's labels and terminal output. */
public final class QrImages {

    private QrImages() {
    }

    public static BitMatrix matrix(String text, int size) {
        try {
            // UTF-8 hint: without it zxing writes Chinese as '?'. M: labels get scuffed, but codes stay small.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code (" + text.length() + " characters)", e);
        }
    }

    public static BufferedImage image(String text, int size) {
        return MatrixToImageWriter.toBufferedImage(matrix(text, size));
    }

    /** The code drawn with block characters, two modules per character row, for a technician's terminal. */
    public static String terminal(String text) {
        BitMatrix m = matrix(text, 0);
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y += 2) {
            for (int x = 0; x < m.getWidth(); x++) {
                boolean top = m.get(x, y);
                boolean bottom = y + 1 < m.getHeight() && m.get(x, y + 1);
                // Light modules are drawn: a dark terminal shows a light-on-dark code most phones read.
                sb.append(!top && !bottom ? '█' : !top ? '▀' : !bottom ? '▄' : ' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
