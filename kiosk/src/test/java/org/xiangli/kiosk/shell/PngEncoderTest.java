package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void givenRandomImagesOfRandomSizes_whenEncoded_thenImageIoReadsBackEveryPixel() throws Exception {
        Random random = new Random(20261130L);
        for (int i = 0; i < 60; i++) {
            int w = 1 + random.nextInt(i < 50 ? 90 : 700);
            int h = 1 + random.nextInt(i < 50 ? 90 : 300);
            int[] argb = new int[w * h];
            // Half noise (the deflater's worst case), half flat areas with runs (what screens are).
            for (int p = 0; p < argb.length; p++) {
                argb[p] = i % 2 == 0 ? random.nextInt() : (p / (1 + random.nextInt(40))) % 3 * 0x404040 + 0x102030;
            }

            BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(argb, w, h)));

            assertEquals(w, read.getWidth(), "width, image " + i);
            assertEquals(h, read.getHeight(), "height, image " + i);
            int[] back = read.getRGB(0, 0, w, h, null, 0, w);
            for (int p = 0; p < argb.length; p++) {
                assertEquals(argb[p] | 0xFF000000, back[p], "pixel " + p + " of image " + i + " (" + w + "×" + h + ")");
            }
        }
    }

    @Test
    void givenImagesTallEnoughForTwoParts_whenEncoded_thenEveryPixelAndTheZlibChecksumHold() throws Exception {
        Random random = new Random(1130L);
        for (int i = 0; i < 6; i++) {
            int w = 1 + random.nextInt(900);
            int h = PngEncoder.TWO_PARTS_FROM_ROWS + random.nextInt(700);
            int[] argb = new int[w * h];
            for (int p = 0; p < argb.length; p++) {
                argb[p] = i % 2 == 0 ? random.nextInt() : (p / (1 + random.nextInt(60))) % 5 * 0x303030 + 0x0A1B2C;
            }

            byte[] png = PngEncoder.encode(argb, w, h);

            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            int[] back = read.getRGB(0, 0, w, h, null, 0, w);
            for (int p = 0; p < argb.length; p++) {
                assertEquals(argb[p] | 0xFF000000, back[p], "pixel " + p + " of image " + i + " (" + w + "×" + h + ")");
            }
            // ImageIO stops once it has the pixels; inflating the whole stream checks its end and its checksum.
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(idatData(png));
            byte[] rows = new byte[(1 + 4 * w) * h + 1];
            int n = inflater.inflate(rows);
            assertTrue(inflater.finished(), "stream ended, checksum checked, image " + i);
            assertEquals((1 + 4 * w) * h, n);
            inflater.end();
        }
    }

    @Test
    void givenTwoRunsOfBytes_whenTheirAdler32sAreCombined_thenItIsTheAdler32OfBoth() {
        Random random = new Random(65521L);
        for (int i = 0; i < 200; i++) {
            byte[] a = new byte[random.nextInt(i < 100 ? 50 : 200_000)];
            byte[] b = new byte[random.nextInt(i < 100 ? 50 : 200_000)];
            random.nextBytes(a);
            if (i % 3 == 0) {
                java.util.Arrays.fill(b, (byte) 0xFF); // sums that wrap the modulus many times
            } else {
                random.nextBytes(b);
            }
            java.util.zip.Adler32 whole = new java.util.zip.Adler32();
            whole.update(a);
            whole.update(b);
            java.util.zip.Adler32 first = new java.util.zip.Adler32();
            first.update(a);
            java.util.zip.Adler32 second = new java.util.zip.Adler32();
            second.update(b);

            assertEquals((int) whole.getValue(), PngEncoder.combineAdler32((int) first.getValue(),
                    (int) second.getValue(), b.length), a.length + " + " + b.length + " bytes");
        }
    }

    /** The concatenated data of a PNG's IDAT chunks: its zlib stream. */
    private static byte[] idatData(byte[] png) {
        java.io.ByteArrayOutputStream zlib = new java.io.ByteArrayOutputStream();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(png, 8, png.length - 8);
        while (in.remaining() >= 12) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
                zlib.write(png, in.position(), length);
            }
            in.position(in.position() + length + 4);
        }
        return zlib.toByteArray();
    }

    @Test
    void givenAKioskSizedScreenOfFlatAreasAndText_whenEncoded_thenTheFileStaysSmall() throws Exception {
        int w = 1920;
        int h = 1080;
        int[] argb = new int[w * h];
        java.util.Arrays.fill(argb, 0xFFF4F1EA);
        for (int y = 100; y < 200; y++) {
            java.util.Arrays.fill(argb, y * w + 200, y * w + 1700, 0xFFB22222);
        }
        // Lines of "text": 24-pixel glyph cells with strokes in them, as a page of a notice has.
        Random random = new Random(3);
        for (int line = 0; line < 20; line++) {
            for (int cell = 0; cell < 60; cell++) {
                for (int stroke = 0; stroke < 6; stroke++) {
                    int y = 260 + line * 36 + random.nextInt(24);
                    int x = 200 + cell * 26 + random.nextInt(20);
                    java.util.Arrays.fill(argb, y * w + x, y * w + x + 2 + random.nextInt(6), 0xFF222222);
                }
            }
        }

        byte[] png = PngEncoder.encode(argb, w, h);

        BufferedImage same = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        same.setRGB(0, 0, w, h, argb, 0, w);
        java.io.ByteArrayOutputStream imageIo = new java.io.ByteArrayOutputStream();
        ImageIO.write(same, "png", imageIo);
        // The price of the fastest level is a bigger file than ImageIO's slowest: on this drawn page 2.3 times, on
        // the real home page (anti-aliased text) 216 against 193 kB. Still a few % of the 8 MB of pixels.
        assertTrue(png.length < 3 * imageIo.size(), png.length + " bytes against ImageIO's " + imageIo.size());
        assertTrue(png.length < w * h * 4 / 50, png.length + " bytes");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    }

    @Test
    void givenARenderedScene_whenWrittenAsPng_thenEveryPixelIsTheSnapshots(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        org.xiangli.kiosk.ui.FxUi.startToolkit();
        org.xiangli.kiosk.ui.FxUi ui = new org.xiangli.kiosk.ui.FxUi();
        javafx.scene.image.WritableImage frame = ui.call(() -> {
            javafx.scene.control.Label text = new javafx.scene.control.Label("乡里 0123 取号");
            text.setStyle("-fx-font-size: 40px; -fx-text-fill: #b22222; -fx-background-color: #1f6feb33;");
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(
                    new javafx.scene.shape.Circle(60, javafx.scene.paint.Color.web("#2da44e", 0.6)), text);
            return Snapshots.render(new javafx.scene.Scene(root, 333, 121)); // odd sizes: no row is a round number
        });
        java.nio.file.Path file = dir.resolve("frame.png");

        Snapshots.writePng(frame, file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(333, read.getWidth());
        assertEquals(121, read.getHeight());
        var reader = frame.getPixelReader();
        for (int y = 0; y < 121; y++) {
            for (int x = 0; x < 333; x++) {
                assertEquals(reader.getArgb(x, y), read.getRGB(x, y), "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void givenSizesThePixelsDoNotFill_whenEncoded_thenIllegalArgumentSaysSo() {
        var e = assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new int[10], 4, 3));
        assertTrue(e.getMessage().contains("4×3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(new int[10], 0, 3));
    }
}
