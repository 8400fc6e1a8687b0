package org.xiangli.hal.printer;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A page the virtual printer cut: its image, the PNG file it was saved to when it saves them, and its words as
 * {@link EscPosText} read them from the bytes (lines joined by {@code \n}; nothing of a QR code).
 */
public record PrintedReceipt(int number, BufferedImage image, Optional<Path> png, String text) {

    public PrintedReceipt {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(text, "text");
    }
}
