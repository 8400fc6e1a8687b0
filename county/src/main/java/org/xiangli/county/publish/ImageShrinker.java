package org.xiangli.county.publish;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * An uploaded photo made fit for the kiosk: at most {@link #MAX_SIDE} pixels on its long side (the kiosk's screen is
 * 1280×800; the reader shows images 720 px wide and enlarges on touch) and a JPEG at quality 0.8, so a 6 MB phone
 * photo becomes about 150 KB on the village's link and the Pi's card. The pixel count is read from the header before
 * any decoding, so a small file claiming a huge image is refused, not decoded.
 */
public final class ImageShrinker {

    public static final int MAX_SIDE = 1280;
    public static final long MAX_UPLOAD = 20L << 20;
    static final long MAX_PIXELS = 50_000_000L;

    private ImageShrinker() {
    }

    public static byte[] shrink(byte[] upload) {
        if (upload.length == 0) {
            throw new IllegalArgumentException("图片是空文件 / the image file is empty");
        }
        if (upload.length > MAX_UPLOAD) {
            throw new IllegalArgumentException("图片超过 20 MB / the image is larger than 20 MB");
        }
        BufferedImage source;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new IllegalArgumentException("不是可识别的图片（请用 JPG 或 PNG）/ not a JPEG or PNG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels <= 0) {
                    throw new IllegalArgumentException("图片像素过多 / the image has too many pixels: "
                            + reader.getWidth(0) + "×" + reader.getHeight(0));
                }
                source = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                    && iae.getMessage().contains("/")) {
                throw iae;
            }
            throw new IllegalArgumentException("图片无法读取（文件损坏？）/ the image cannot be read: " + e.getMessage(), e);
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        // JPEG has no alpha: draw on white, so a transparent PNG's background is not black on the kiosk.
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return jpeg(out);
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("writing a JPEG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
