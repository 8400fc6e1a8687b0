package org.xiangli.hal.scanner;

import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts the byte stream of a Linux {@code /dev/input/event*} device into {@code struct input_event} records
 * (a timeval, then type, code and value) and hands on the key events. The record is 24 bytes where the C
 * {@code long} is 8 bytes (64-bit userland) and 16 where it is 4 (32-bit Raspberry Pi OS). Never throws.
 */
public final class InputEventDecoder {

    /** {@code EV_KEY}: a key went down (1), up (0) or auto-repeated (2). */
    static final int EV_KEY = 1;

    /** Receives key events. */
    @FunctionalInterface
    public interface KeyHandler {
        void key(int code, int value);
    }

    private final int recordSize;
    private final KeyHandler handler;
    private byte[] partial = new byte[0];

    public InputEventDecoder(int recordSize, KeyHandler handler) {
        if (recordSize != 16 && recordSize != 24) {
            throw new IllegalArgumentException("input_event is 16 or 24 bytes, not " + recordSize);
        }
        this.recordSize = recordSize;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** The record size of this machine's userland: 24 on 64-bit, 16 on 32-bit. */
    public static int nativeRecordSize() {
        return ValueLayout.ADDRESS.byteSize() == 8 ? 24 : 16;
    }

    public void feed(byte[] bytes, int offset, int length) {
        byte[] data = new byte[partial.length + length];
        System.arraycopy(partial, 0, data, 0, partial.length);
        System.arraycopy(bytes, offset, data, partial.length, length);
        ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.nativeOrder());
        int position = 0;
        int timeLength = recordSize - 8;
        while (data.length - position >= recordSize) {
            int type = buffer.getShort(position + timeLength) & 0xFFFF;
            int code = buffer.getShort(position + timeLength + 2) & 0xFFFF;
            int value = buffer.getInt(position + timeLength + 4);
            if (type == EV_KEY) {
                handler.key(code, value);
            }
            position += recordSize;
        }
        partial = Arrays.copyOfRange(data, position, data.length);
    }
}
