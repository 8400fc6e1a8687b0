package org.xiangli.provisioning.qr;

import java.io.IOException;
import java.nio.file.Path;
import org.xiangli.hal.qr.QrCode;
import org.xiangli.hal.qr.QrPng;

/** QR codes for kioskctl: PNG labels through the HAL's adapter, and block characters for a technician's terminal. */
public final class QrImages {

    /** Two modules of quiet zone (the standard asks four): more of a small label goes to the modules. */
    static final int QUIET_ZONE = 2;

    private QrImages() {
    }

    /** Level M: labels get scuffed, but codes stay small. */
    public static QrCode code(String text) {
        return QrCode.encode(text, QrCode.Level.M, QUIET_ZONE);
    }

    /** A PNG of at least {@code pixels} square. */
    public static void writePng(String text, int pixels, Path file) throws IOException {
        QrPng.write(code(text), pixels, file);
    }

    /** The code drawn with block characters, two modules per character row, for a technician's terminal. */
    public static String terminal(String text) {
        QrCode code = code(text);
        int width = code.width();
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < width; y += 2) {
            for (int x = 0; x < width; x++) {
                boolean top = code.isDark(x, y);
                boolean bottom = y + 1 < width && code.isDark(x, y + 1);
                // Light modules are drawn: a dark terminal shows a light-on-dark code most phones read.
                sb.append(!top && !bottom ? '█' : !top ? '▀' : !bottom ? '▄' : ' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
