package org.xiangli.kiosk.errands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.requests.RequestCode;

/** The receipt and slip QR parsers take whatever a scanner reads: random and mangled input is refused, never thrown. */
class ErrandCodeFuzzTest {

    @Test
    void aCodeReadsBackAsWritten() {
        ErrandCode code = new ErrandCode("QS-01", "26113001", "0427");
        assertEquals(Optional.of(code), ErrandCode.parse(code.text()));
        assertEquals(Optional.of(code), ErrandCode.parse(" " + code.text() + "\r\n"));
        RequestCode slip = new RequestCode("QS-01", "26113002", "9981");
        assertEquals(Optional.of(slip), RequestCode.parse(slip.text()));
    }

    @Test
    void randomAndMangledInputIsRefused() {
        Random random = new Random(15);
        String valid = new ErrandCode("QS-01", "26113001", "0427").text();
        String alphabet = "XLERAND:1QS-0123456789abc\u0000\n:界";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? valid : "");
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> {
                        if (at < s.length()) {
                            s.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < s.length()) {
                            s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                    }
                }
            }
            String text = s.toString();
            Optional<ErrandCode> parsed = ErrandCode.parse(text);
            parsed.ifPresent(c -> assertTrue(c.text().equals(text.strip()), text));
            RequestCode.parse(text).ifPresent(c -> assertTrue(c.text().equals(text.strip()), text));
        }
        assertEquals(Optional.empty(), ErrandCode.parse(null));
        assertEquals(Optional.empty(), ErrandCode.parse(valid + "0".repeat(200)));
    }
}
