package org.xiangli.hal.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A QR code as a black-on-white image and PNG: kioskctl's enrollment and provisioning labels. */
public final class QrPng {

    private QrPng() {
    }

    /** One bit per pixel, black on white, laid out by {@link QrPixels#fit}. */
    public static BufferedImage image(QrCode code, int pixels) {
        QrPixels layout = QrPixels.fit(code, pixels);
        BufferedImage image = new BufferedImage(layout.side(), layout.side(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < layout.side(); y++) {
            for (int x = 0; x < layout.side(); x++) {
                image.setRGB(x, y, layout.isDark(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    public static byte[] bytes(QrCode code, int pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(code, pixels), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding in memory failed", e);
        }
        return out.toByteArray();
    }

    public static void write(QrCode code, int pixels, Path file) throws IOException {
        Files.write(file, bytes(code, pixels));
    }
}
