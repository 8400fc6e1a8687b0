package org.xiangli.hal.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanLineDecoderTest {

    private final List<ScannedCode> codes = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final ScanLineDecoder decoder = new ScanLineDecoder(codes::add, rejected::add);

    private void feed(byte[] bytes) {
        decoder.feed(bytes, 0, bytes.length);
    }

    @Test
    void givenCodesEndingInCrLfAndCrLf_whenFed_thenEachIsOneCodeAndNoEmptyOnes() {
        feed("A001\rB002\nC003\r\nD004\r\n".getBytes(StandardCharsets.US_ASCII));

        assertEquals(List.of("A001", "B002", "C003", "D004"), codes.stream().map(ScannedCode::text).toList());
    }

    @Test
    void givenACrLfSplitAcrossReads_whenFed_thenNoEmptyCodeAppears() {
        feed("A001\r".getBytes(StandardCharsets.US_ASCII));
        feed("\nB002\r".getBytes(StandardCharsets.US_ASCII));

        assertEquals(List.of("A001", "B002"), codes.stream().map(ScannedCode::text).toList());
    }

    @Test
    void givenUtf8ChineseSplitMidCharacter_whenFed_thenItIsDecodedWhole() {
        byte[] bytes = "缴费单 2026-0001\r\n".getBytes(StandardCharsets.UTF_8);

        decoder.feed(bytes, 0, 2);
        decoder.feed(bytes, 2, bytes.length - 2);

        assertEquals(List.of(new ScannedCode("缴费单 2026-0001", "UTF-8")), codes);
    }

    @Test
    void givenGb18030Text_whenFed_thenItFallsBackToGb18030() {
        feed("青石村水费\r".getBytes(Charset.forName("GB18030")));

        assertEquals(List.of(new ScannedCode("青石村水费", "GB18030")), codes);
    }

    @Test
    void givenAnOverlongLine_whenFed_thenItIsRejectedAndTheNextCodeStillComes() {
        feed(("x".repeat(ScanLineDecoder.MAX_LINE + 10) + "\rOK\r").getBytes(StandardCharsets.US_ASCII));

        assertEquals(List.of("OK"), codes.stream().map(ScannedCode::text).toList());
        assertEquals(1, rejected.size());
    }

    @Test
    void givenBytesThatAreNeitherUtf8NorGb18030_whenFed_thenTheLineIsRejected() {
        feed(new byte[] {(byte) 0x81, 0x20, '\r'});

        assertEquals(List.of(), codes);
        assertEquals(List.of("code of 2 bytes is neither UTF-8 nor GB18030"), rejected);
    }
}
