package org.xiangli.kiosk.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes opaque screen images as PNG, fast: 8-bit RGBA, rows unfiltered, deflated at the fastest level.
 *
 * <p>Why not ImageIO: its PNG writer tries all five filters on every row in Java and deflates at level 9. For the
 * first frame's 1920×1080 screenshot in a cold JVM that was 130-190 ms of the kiosk's whole 0.8 s start (issue 18);
 * this takes a small part of that. A screen is large flat areas and text: runs along a row and rows like the one
 * above are what even the fastest deflate level finds (files come out about as small as ImageIO's).
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Bytes per IDAT chunk: any size is valid; this keeps each CRC over a cache-sized piece. */
    private static final int CHUNK = 64 * 1024;

    private PngEncoder() {
    }

    /** Where the pixels come from, one row at a time: a screen image need not be copied whole first. */
    @FunctionalInterface
    public interface Rows {
        /**
         * Puts row {@code y}'s pixels, 0xAARRGGBB and opaque, into {@code argb} from its position 0 on ({@code width}
         * of them); JavaFX's {@code PixelReader.getPixels} into an {@code IntBuffer} does just that.
         */
        void read(int y, IntBuffer argb);
    }

    /** The PNG of {@code width}×{@code height} ARGB pixels, row by row; alpha is dropped (made opaque). */
    public static byte[] encode(int[] argb, int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > argb.length) {
            throw new IllegalArgumentException("no " + width + "×" + height + " image in " + argb.length + " pixels");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, width * height / 8));
        try {
            // Alpha is made opaque here (the encoder itself takes each pixel's alpha from its right neighbour).
            int[] opaque = new int[width];
            write(width, height, (y, row) -> {
                for (int x = 0; x < width; x++) {
                    opaque[x] = argb[y * width + x] | 0xFF000000;
                }
                row.put(0, opaque);
            }, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding in memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** Writes the PNG of an opaque image: a translucent pixel would come out with its right neighbour's alpha. */
    public static void write(int width, int height, Rows rows, OutputStream out) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("no " + width + "×" + height + " image");
        }
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 6; // colour type: RGBA (opaque: the constant alpha costs almost nothing deflated)
        // compression 0, filter method 0, no interlace: header[10..12] stay 0
        chunk(out, "IHDR", header, 0, header.length);

        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream idat = new DeflaterOutputStream(new IdatStream(out), deflater, CHUNK)) {
            // A PNG row is its filter byte, then R, G, B, A per pixel. The pixels are read as 0xAARRGGBB ints into a
            // big-endian buffer at the row's start: A0 R0 G0 B0 A1 R1 ... Byte 0 (A0) becomes the filter byte
            // (none), and the row's last byte an opaque alpha: read from byte 1 on, that is R0 G0 B0 A1 R1 G1 B1 A2
            // ... B(n-1) FF, each pixel with its right neighbour's alpha, which on an opaque screen is its own.
            // No Java loop over pixels: in a cold JVM such a loop runs interpreted (it was 45 of this encoder's
            // 65 ms on the first frame's screenshot).
            ByteBuffer row = ByteBuffer.allocate(1 + 4 * width);
            IntBuffer pixels = row.asIntBuffer();
            for (int y = 0; y < height; y++) {
                pixels.clear();
                rows.read(y, pixels);
                row.put(0, (byte) 0);
                row.put(4 * width, (byte) 0xFF);
                idat.write(row.array(), 0, row.capacity());
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0, 0);
        out.flush();
    }

    private static void chunk(OutputStream out, String type, byte[] data, int offset, int length) throws IOException {
        byte[] lengthAndType = new byte[8];
        putInt(lengthAndType, 0, length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, lengthAndType, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, offset, length);
        out.write(lengthAndType);
        out.write(data, offset, length);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.write(sum);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }

    /** Cuts the deflated stream into IDAT chunks; closing it does not close the file under it. */
    private static final class IdatStream extends OutputStream {
        private final OutputStream out;

        IdatStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            for (int done = 0; done < length; done += CHUNK) {
                chunk(out, "IDAT", data, offset + done, Math.min(CHUNK, length - done));
            }
        }

        @Override
        public void close() {
            // the PNG's own stream stays open for IEND
        }
    }
}
