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
    /** From this height on, an image is deflated in two halves on two cores (a screen; not a county thumbnail). */
    static final int TWO_PARTS_FROM_ROWS = 512;

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

        try (IdatStream idat = new IdatStream(out)) {
            if (height >= TWO_PARTS_FROM_ROWS && Runtime.getRuntime().availableProcessors() > 1) {
                deflateInTwoParts(width, height, rows, idat);
            } else {
                deflateInOnePart(width, height, rows, idat);
            }
        }
        chunk(out, "IEND", new byte[0], 0, 0);
        out.flush();
    }

    /**
     * One zlib stream of every row, deflated as the rows are read (no copy of the image is kept).
     *
     * <p>A PNG row is its filter byte, then R, G, B, A per pixel. The pixels are read as 0xAARRGGBB ints into a
     * big-endian buffer at the row's start: A0 R0 G0 B0 A1 R1 ... Byte 0 (A0) becomes the filter byte (none), and the
     * row's last byte an opaque alpha: read from byte 1 on, that is R0 G0 B0 A1 R1 G1 B1 A2 ... B(n-1) FF, each pixel
     * with its right neighbour's alpha, which on an opaque screen is its own. No Java loop over pixels: in a cold JVM
     * such a loop runs interpreted (it was 45 of this encoder's 65 ms on the first frame's screenshot).
     */
    private static void deflateInOnePart(int width, int height, Rows rows, OutputStream idat) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(new NotClosing(idat), deflater, CHUNK)) {
            ByteBuffer row = ByteBuffer.allocate(1 + 4 * width);
            IntBuffer pixels = row.asIntBuffer();
            for (int y = 0; y < height; y++) {
                pixels.clear();
                rows.read(y, pixels);
                row.put(0, (byte) 0);
                row.put(4 * width, (byte) 0xFF);
                zlib.write(row.array(), 0, row.capacity());
            }
        } finally {
            deflater.end();
        }
    }

    /**
     * A large image's zlib stream in two halves, the lower half deflated on a second core while this thread
     * deflates the upper (issue 18: the first frame's screenshot is measured to the end of the process). Deflate
     * streams can be cut where a flush leaves them byte-aligned: the upper half ends in a sync flush, the lower one
     * finishes the stream, and the zlib checksum of the whole is combined from the halves'. Rows are read on this
     * thread only (an image's reader is not meant for two threads); the halves are copies, about 8 MB in all for
     * a 1920×1080 screen, garbage once written.
     */
    private static void deflateInTwoParts(int width, int height, Rows rows, OutputStream idat) throws IOException {
        int split = height / 2;
        byte[] lower = rowBytes(width, split, height, rows);
        java.util.concurrent.CompletableFuture<DeflatedPart> lowerPart = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> DeflatedPart.of(lower, true), command -> Thread.ofPlatform()
                        .name("png-deflate").daemon().start(command));
        DeflatedPart upper = DeflatedPart.of(rowBytes(width, 0, split, rows), false);
        DeflatedPart rest;
        try {
            rest = lowerPart.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IOException("PNG deflate failed: " + e.getCause(), e.getCause());
        }
        // zlib header: deflate with a 32 kB window, fastest level; (0x78 << 8 | 0x01) is a multiple of 31 as required.
        idat.write(new byte[] {0x78, 0x01});
        idat.write(upper.bytes(), 0, upper.length());
        idat.write(rest.bytes(), 0, rest.length());
        int adler = combineAdler32(upper.adler32(), rest.adler32(), lower.length);
        byte[] sum = new byte[4];
        putInt(sum, 0, adler);
        idat.write(sum);
    }

    /** Rows {@code from} (inclusive) to {@code to} as PNG row bytes: filter byte and RGBA, as in one part. */
    private static byte[] rowBytes(int width, int from, int to, Rows rows) {
        int stride = 1 + 4 * width;
        byte[] bytes = new byte[stride * (to - from)];
        for (int y = from; y < to; y++) {
            int start = (y - from) * stride;
            rows.read(y, ByteBuffer.wrap(bytes, start, 4 * width).slice().asIntBuffer());
            bytes[start] = 0;
            bytes[start + 4 * width] = (byte) 0xFF;
        }
        return bytes;
    }

    /** A raw deflate of some rows, ended by a sync flush (more follows) or finished (the last part). */
    private record DeflatedPart(byte[] bytes, int length, int adler32) {

        static DeflatedPart of(byte[] input, boolean last) {
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            try {
                deflater.setInput(input);
                if (last) {
                    deflater.finish();
                }
                byte[] out = new byte[Math.max(1024, input.length / 16)];
                int length = 0;
                while (true) {
                    if (length == out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    int n = deflater.deflate(out, length, out.length - length,
                            last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                    length += n;
                    // Done: finished, or (sync flush) the input is used up and the flush did not fill the buffer.
                    if (last ? deflater.finished() : deflater.needsInput() && length < out.length) {
                        break;
                    }
                }
                java.util.zip.Adler32 adler = new java.util.zip.Adler32();
                adler.update(input);
                return new DeflatedPart(out, length, (int) adler.getValue());
            } finally {
                deflater.end();
            }
        }
    }

    /**
     * The Adler-32 of A followed by B from the two sums and B's length: sum1 = 1 + all bytes, sum2 = the sum of the
     * running sum1s, both mod 65521 (RFC 1950). B's sum1 adds on; its sum2 adds on plus A's sum1, minus the 1 it
     * started from, once per byte of B.
     */
    static int combineAdler32(int adlerA, int adlerB, long lengthB) {
        final long mod = 65521;
        long a1 = adlerA & 0xFFFF;
        long a2 = (adlerA >>> 16) & 0xFFFF;
        long b1 = adlerB & 0xFFFF;
        long b2 = (adlerB >>> 16) & 0xFFFF;
        long n = lengthB % mod;
        long sum1 = (a1 + b1 - 1 + mod) % mod;
        long sum2 = (a2 + b2 + n * ((a1 - 1 + mod) % mod)) % mod;
        return (int) (sum2 << 16 | sum1);
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

    /** Lets a DeflaterOutputStream finish its stream without closing the IDAT stream under it. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            out.write(data, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
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
