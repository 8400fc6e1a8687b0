package org.xiangli.hal.printer;

import java.awt.image.BufferedImage;
import java.util.Objects;

/** A 1-bit image as raster printers take it: rows of {@code (width + 7) / 8} bytes, most significant bit left, 1 = black. */
public record MonoBitmap(int width, int height, byte[] rows) {

    public MonoBitmap {
        Objects.requireNonNull(rows, "rows");
        if (width < 1 || height < 1 || rows.length != bytesPerRow(width) * height) {
            throw new IllegalArgumentException("bitmap " + width + "x" + height + " with " + rows.length + " bytes");
        }
        rows = rows.clone();
    }

    @Override
    public byte[] rows() {
        return rows.clone();
    }

    public static int bytesPerRow(int width) {
        return (width + 7) / 8;
    }

    public boolean isBlack(int x, int y) {
        return (rows[y * bytesPerRow(width) + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, isBlack(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
