package org.xiangli.county.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageShrinkerTest {

    private static byte[] png(int w, int h, boolean alpha) throws Exception {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPortraitPhotoFitsTheKiosksScreenAsAJpeg() throws Exception {
        byte[] jpeg = ImageShrinker.shrink(png(1500, 4000, true));
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(1280, out.getHeight());
        assertEquals(480, out.getWidth());
        assertEquals((byte) 0xFF, jpeg[0]);
        assertEquals((byte) 0xD8, jpeg[1]);
    }

    @Test
    void aSmallImageKeepsItsSize() throws Exception {
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(ImageShrinker.shrink(png(300, 200, false))));
        assertEquals(300, out.getWidth());
    }

    @Test
    void junkAndTruncatedFilesAreRefusedClearly() throws Exception {
        byte[] good = png(800, 600, false);
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 3);
        for (byte[] bad : new byte[][] {new byte[0], "not an image".getBytes(), cut}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageShrinker.shrink(bad));
            assertTrue(e.getMessage().contains("图片"), e.getMessage());
        }
    }

    @Test
    void fuzzedBytesNeverEscapeAsAnythingButAClearRefusal() throws Exception {
        byte[] good = png(64, 48, false);
        Random random = new Random(5);
        for (int n = 0; n < 300; n++) {
            byte[] b = good.clone();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            try {
                ImageShrinker.shrink(b);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("图片"), e.getMessage());
            }
        }
    }
}
