package org.xiangli.hal.card;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A SAM frame: {@code AA AA AA 96 69}, a 2-byte big-endian length counting every byte after it (checksum
 * included), the body, and an XOR checksum over length and body. Requests carry CMD PARA [data] as body,
 * replies SW1 SW2 SW3 [data].
 */
public record SamFrame(byte[] body) {

    public static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    public static final int HEADER_LENGTH = PREAMBLE.length + 2;
    /** The longest length field accepted: a fingerprint read is about 2.3 kB; anything far above is garbage. */
    public static final int MAX_LENGTH = 4096;

    public SamFrame {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public static SamFrame request(SamCommand command, byte... data) {
        byte[] body = new byte[2 + data.length];
        body[0] = (byte) command.command();
        body[1] = (byte) command.parameter();
        System.arraycopy(data, 0, body, 2, data.length);
        return new SamFrame(body);
    }

    public static SamFrame reply(int sw3, byte... data) {
        byte[] body = new byte[3 + data.length];
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, 3, data.length);
        return new SamFrame(body);
    }

    /** The frame's bytes on the wire. */
    public byte[] encode() {
        int length = body.length + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + length);
        out.writeBytes(PREAMBLE);
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(body);
        out.write(checksum(length, body, body.length));
        return out.toByteArray();
    }

    /** XOR over the two length bytes and the first {@code bodyLength} body bytes. */
    static int checksum(int length, byte[] body, int bodyLength) {
        int sum = (length >> 8) ^ (length & 0xFF);
        for (int i = 0; i < bodyLength; i++) {
            sum ^= body[i] & 0xFF;
        }
        return sum & 0xFF;
    }

    /**
     * Parses one whole frame.
     *
     * @throws SamFrameException for a wrong preamble, a length that does not match the bytes, or a bad checksum
     */
    public static SamFrame parse(byte[] frame) throws SamFrameException {
        if (frame.length < HEADER_LENGTH + 1) {
            throw new SamFrameException(SamFrameException.Problem.TOO_SHORT, "frame of " + frame.length + " bytes");
        }
        if (!Arrays.equals(frame, 0, PREAMBLE.length, PREAMBLE, 0, PREAMBLE.length)) {
            throw new SamFrameException(SamFrameException.Problem.BAD_PREAMBLE, "no AA AA AA 96 69 preamble");
        }
        int length = lengthField(frame[5], frame[6]);
        if (length != frame.length - HEADER_LENGTH) {
            throw new SamFrameException(SamFrameException.Problem.BAD_LENGTH,
                    "length field " + length + " but " + (frame.length - HEADER_LENGTH) + " bytes follow");
        }
        return fromLengthAndRest(length, Arrays.copyOfRange(frame, HEADER_LENGTH, frame.length));
    }

    /** Checks a length field read from the wire before reading that many bytes. */
    static int lengthField(byte high, byte low) throws SamFrameException {
        int length = ((high & 0xFF) << 8) | (low & 0xFF);
        if (length < 2 || length > MAX_LENGTH) {
            throw new SamFrameException(SamFrameException.Problem.BAD_LENGTH, "length field " + length);
        }
        return length;
    }

    /** Builds a frame from the length field and the {@code length} bytes after it (body and checksum). */
    static SamFrame fromLengthAndRest(int length, byte[] rest) throws SamFrameException {
        int expected = checksum(length, rest, rest.length - 1);
        int actual = rest[rest.length - 1] & 0xFF;
        if (expected != actual) {
            throw new SamFrameException(SamFrameException.Problem.BAD_CHECKSUM,
                    String.format("checksum 0x%02X, expected 0x%02X", actual, expected));
        }
        return new SamFrame(Arrays.copyOf(rest, rest.length - 1));
    }
}
