package org.xiangli.hal.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyboardCodeDecoderTest {

    /** Key presses and releases as a scanner types "Ab-1:" and Enter. */
    static byte[] typed(int recordSize) {
        int[][] keys = {{42, 1}, {30, 1}, {30, 0}, {42, 0}, {48, 1}, {48, 0}, {12, 1}, {12, 0}, {2, 1}, {2, 0},
            {54, 1}, {39, 1}, {39, 0}, {54, 0}, {28, 1}, {28, 0}};
        ByteBuffer buffer = ByteBuffer.allocate(recordSize * keys.length * 2).order(ByteOrder.nativeOrder());
        for (int[] key : keys) {
            event(buffer, recordSize, 1, key[0], key[1]);
            event(buffer, recordSize, 0, 0, 0);
        }
        return buffer.array();
    }

    static void event(ByteBuffer buffer, int recordSize, int type, int code, int value) {
        buffer.position(buffer.position() + recordSize - 8);
        buffer.putShort((short) type).putShort((short) code).putInt(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24})
    void givenKeyEventsOfEitherRecordSize_whenDecodedInOddChunks_thenTheTypedCodeComesOut(int recordSize) {
        List<ScannedCode> codes = new ArrayList<>();
        InputEventDecoder decoder = new InputEventDecoder(recordSize, new KeyboardCodeDecoder(codes::add));
        byte[] bytes = typed(recordSize);

        for (int i = 0; i < bytes.length; i += 7) {
            decoder.feed(bytes, i, Math.min(7, bytes.length - i));
        }

        assertEquals(List.of(new ScannedCode("Ab-1:", "KEYBOARD")), codes);
    }
}
