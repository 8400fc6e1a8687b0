package org.xiangli.hal.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SamFrameTest {

    private static byte[] hex(String text) {
        return HexFormat.ofDelimiter(" ").parseHex(text);
    }

    @Test
    void givenTheDocumentedRequests_whenEncoded_thenBytesMatchTheReaderManual() {
        assertArrayEquals(hex("AA AA AA 96 69 00 03 11 FF ED"), SamFrame.request(SamCommand.SAM_STATUS).encode());
        assertArrayEquals(hex("AA AA AA 96 69 00 03 20 01 22"), SamFrame.request(SamCommand.FIND_CARD).encode());
        assertArrayEquals(hex("AA AA AA 96 69 00 03 20 02 21"), SamFrame.request(SamCommand.SELECT_CARD).encode());
        assertArrayEquals(hex("AA AA AA 96 69 00 03 30 01 32"),
                SamFrame.request(SamCommand.READ_TEXT_AND_PHOTO).encode());
        assertArrayEquals(hex("AA AA AA 96 69 00 03 30 10 23"),
                SamFrame.request(SamCommand.READ_TEXT_PHOTO_FINGERPRINT).encode());
    }

    @Test
    void givenAReplyFrame_whenParsed_thenStatusAndDataComeBack() throws Exception {
        byte[] wire = SamFrame.reply(0x9F, (byte) 1, (byte) 2).encode();

        SamReply reply = SamReply.of(SamFrame.parse(wire));

        assertEquals(SamStatus.CARD_FOUND, reply.status());
        assertArrayEquals(new byte[] {1, 2}, reply.data());
    }

    @Test
    void givenAFlippedChecksum_whenParsed_thenBadChecksumIsReported() {
        byte[] wire = SamFrame.reply(0x90).encode();
        wire[wire.length - 1] ^= 1;

        SamFrameException e = assertThrows(SamFrameException.class, () -> SamFrame.parse(wire));

        assertEquals(SamFrameException.Problem.BAD_CHECKSUM, e.problem());
    }

    @Test
    void givenALengthThatDisagreesWithTheBytes_whenParsed_thenBadLengthIsReported() {
        byte[] wire = SamFrame.reply(0x90).encode();
        wire[6] = 9;

        assertEquals(SamFrameException.Problem.BAD_LENGTH,
                assertThrows(SamFrameException.class, () -> SamFrame.parse(wire)).problem());
    }

    @Test
    void givenAReplyWithoutStatusBytes_whenRead_thenTooShortIsReported() throws Exception {
        SamFrame frame = SamFrame.parse(hex("AA AA AA 96 69 00 02 90 92"));

        assertEquals(SamFrameException.Problem.TOO_SHORT,
                assertThrows(SamFrameException.class, () -> SamReply.of(frame)).problem());
    }
}
