package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The process's age from /proc, to the tick: the first-frame line and bench/startup.sh read it. */
class ProcessAgeTest {

    private static final String STAT = "4242 (java) S 1 4242 4242 0 -1 4194560 1234 0 0 0 50 7 0 0 20 0 23 0 "
            + "1234567 4000000000 30000 18446744073709551615 1 1 0 0 0 0 0 4096 17663 0 0 0 17 1 0 0 0 0 0";

    @Test
    void theAgeIsTheTimeSinceBootLessTheStartInTicks() {
        // Started 12,345.67 s after boot (1,234,567 ticks); now 12,346.29 s after boot.
        assertEquals(OptionalLong.of(620), ProcessAge.millis(STAT, "12346.29 24680.11\n"));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String odd = STAT.replace("(java)", "(my (odd) java)");
        assertEquals(OptionalLong.of(620), ProcessAge.millis(odd, "12346.29 24680.11\n"));
    }

    @Test
    void thisProcessIsSomeSecondsOldAtMost() {
        OptionalLong age = ProcessAge.millis();
        assertTrue(age.isPresent(), "Linux's /proc tells the age");
        assertTrue(age.getAsLong() >= 0 && age.getAsLong() < 24 * 3_600_000L, "age " + age);
    }

    @Test
    void textNotInTheFilesFormatGivesNoAgeAndNoFailure() {
        assertEquals(OptionalLong.empty(), ProcessAge.millis("", ""));
        assertEquals(OptionalLong.empty(), ProcessAge.millis("4242 (java) S 1 2", "12346.29 1"));
        assertEquals(OptionalLong.empty(), ProcessAge.millis(STAT, "soon"));
        assertEquals(OptionalLong.empty(), ProcessAge.millis(STAT.replace("1234567", "x"), "1.0 1.0"));
        assertEquals(OptionalLong.empty(), ProcessAge.millis(STAT, "1.0 1.0"), "a start after now");
        Random random = new Random(18);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            String junk = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            ProcessAge.millis(junk, junk); // never throws
            ProcessAge.millis(STAT.substring(0, random.nextInt(STAT.length())), "12346.29 1");
        }
    }
}
