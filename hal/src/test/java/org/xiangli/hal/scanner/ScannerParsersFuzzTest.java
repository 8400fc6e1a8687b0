package org.xiangli.hal.scanner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xiangli.hal.testing.Fuzz;

/** Random and mutated bytes into the scanner line decoder and the evdev decoders: they never throw. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ScannerParsersFuzzTest {

    @Test
    void givenRandomAndMutatedLines_whenDecodedInRandomChunks_thenNothingThrowsAndCodesHaveNoLineEnds() {
        Fuzz fuzz = new Fuzz(19, List.of("A001\r\n".getBytes(StandardCharsets.US_ASCII),
                "缴费单 2026-0001\r".getBytes(StandardCharsets.UTF_8),
                "青石村水费\n".getBytes(Charset.forName("GB18030"))));
        for (int i = 0; i < Fuzz.ITERATIONS; i++) {
            byte[] input = fuzz.next(i);
            ScanLineDecoder decoder = new ScanLineDecoder(code -> assertTrue(
                    !code.text().isEmpty() && code.text().indexOf('\r') < 0 && code.text().indexOf('\n') < 0),
                    problem -> { });
            try {
                int at = 0;
                while (at < input.length) {
                    int chunk = Math.min(input.length - at, 1 + fuzz.random().nextInt(16));
                    decoder.feed(input, at, chunk);
                    at += chunk;
                }
            } catch (RuntimeException e) {
                fail("input " + i + " " + HexFormat.of().formatHex(input), e);
            }
        }
    }

    @Test
    void givenRandomAndMutatedInputEvents_whenDecoded_thenNothingThrows() {
        Fuzz fuzz = new Fuzz(23, List.of(KeyboardCodeDecoderTest.typed(24)));
        for (int i = 0; i < Fuzz.ITERATIONS; i++) {
            byte[] input = fuzz.next(i);
            InputEventDecoder decoder = new InputEventDecoder(24, new KeyboardCodeDecoder(code -> { }));
            try {
                decoder.feed(input, 0, input.length);
            } catch (RuntimeException e) {
                fail("input " + i + " " + HexFormat.of().formatHex(input), e);
            }
        }
    }
}
