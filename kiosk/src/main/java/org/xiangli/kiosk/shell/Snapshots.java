package org.xiangli.kiosk.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Renders a scene to an image and writes PNGs. JavaFX's headless platform has a fixed 1000×1000 screen
 * (JDK-8364201) and fails to blit larger windows, so headless runs render kiosk-sized scenes by snapshot
 * instead of through a window.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /** Lays out, styles and renders the scene (call on the JavaFX thread). */
    public static WritableImage render(Scene scene) {
        return scene.snapshot(null);
    }

    /**
     * The image as PNG bytes, scaled down to at most {@code maxWidth} pixels wide (a screenshot for the county hub:
     * enough to see what the screen shows, small enough for a village link).
     */
    public static byte[] png(WritableImage image, int maxWidth) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        if (w <= maxWidth) {
            return PngEncoder.encode(argb, w, h);
        }
        BufferedImage full = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        full.setRGB(0, 0, w, h, argb, 0, w);
        int sh = Math.max(1, h * maxWidth / w);
        BufferedImage out = new BufferedImage(maxWidth, sh, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(full, 0, 0, maxWidth, sh, null);
        g.dispose();
        return PngEncoder.encode(out.getRGB(0, 0, maxWidth, sh, null, 0, maxWidth), maxWidth, sh);
    }

    /**
     * Writes the image as an opaque PNG ({@link PngEncoder}: the first frame's screenshot is on the start's path),
     * reading it a row at a time: a whole copy of a 1920×1080 frame was 8 MB more heap and young collections.
     */
    public static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var reader = image.getPixelReader();
        // The premultiplied format is the image's own, so rows come without a per-pixel conversion; a rendered
        // screen is opaque, where premultiplied and straight alpha are the same.
        var format = PixelFormat.getIntArgbPreInstance();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            PngEncoder.write(w, h, (y, row) -> reader.getPixels(0, y, w, 1, format, row, w), out);
        }
    }
}
