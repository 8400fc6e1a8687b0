package org.xiangli.hal.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The one format voice messages are kept in: RIFF WAVE, PCM, 16 kHz, mono, 16-bit little-endian. */
public final class WavFile {

    public static final int RATE = 16_000;
    static final int HEADER = 44;

    private WavFile() {
    }

    /** A WAV header for {@code dataBytes} of samples. */
    static byte[] header(int dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        b.put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
        return b.array();
    }

    /**
     * How long the samples in {@code file} last, read from its header.
     *
     * @throws IOException not a WAV file of this format (too short, wrong magic, other format)
     */
    public static Duration length(Path file) throws IOException {
        byte[] head = new byte[HEADER];
        try (var in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, HEADER) < HEADER) {
                throw new IOException(file + " is too short for a WAV file");
            }
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157 || b.getShort(20) != 1 || b.getShort(22) != 1
                || b.getInt(24) != RATE || b.getShort(34) != 16) {
            throw new IOException(file + " is not a 16 kHz mono 16-bit PCM WAV file");
        }
        // arecord writes the data size when it stops; killed early, the header may still say "unknown": use the file.
        long data = Math.max(0, Files.size(file) - HEADER);
        return Duration.ofMillis(data * 1000 / (RATE * 2L));
    }
}
