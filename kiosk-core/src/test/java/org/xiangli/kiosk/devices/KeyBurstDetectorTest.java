package org.xiangli.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scanner-or-person decision on synthetic timestamps (milliseconds here, nanoseconds to the detector). */
class KeyBurstDetectorTest {

    private static final long MS = 1_000_000L;
    private final KeyBurstDetector detector = new KeyBurstDetector(KeyBurstDetector.Settings.DEFAULT);

    /** What came out of the detector: text delivered to the page, and scanned codes. */
    private final StringBuilder delivered = new StringBuilder();
    private final List<String> scans = new ArrayList<>();

    @Test
    void aFastBurstEndedByEnterIsOneScanAndNothingReachesThePage() {
        long t = 1000 * MS;
        for (char c : "XLBILL:1:DEMO-001:DEMO001-0-1".toCharArray()) {
            assertTrue(detector.typed(c, t).consume());
            t += 4 * MS;
        }
        KeyBurstDetector.Decision end = detector.enter(t);

        assertTrue(end.consume());
        assertEquals("XLBILL:1:DEMO-001:DEMO001-0-1", end.scanned());
        assertFalse(detector.holding());
    }

    @Test
    void slowTypingPassesThroughUnchangedAndEnterIsNotSwallowed() {
        long t = 0;
        for (char c : "123456789".toCharArray()) {
            feedChar(c, t);
            t += 150 * MS;
            delivered.append(detector.tick(t - 100 * MS));
        }
        KeyBurstDetector.Decision enter = detector.enter(t);

        assertFalse(enter.consume());
        assertNull(enter.scanned());
        assertEquals("123456789", delivered.toString());
    }

    @Test
    void aShortFastBurstWithEnterIsTypingNotAScan() {
        long t = 0;
        for (char c : "abc".toCharArray()) {
            feedChar(c, t);
            t += 5 * MS;
        }
        KeyBurstDetector.Decision enter = detector.enter(t);

        assertFalse(enter.consume());
        assertEquals("abc", enter.release(), "held characters are delivered before the Enter");
    }

    @Test
    void aBurstThatPausesBeforeEnterIsReleasedAsTyping() {
        long t = 0;
        for (char c : "ABCDEFGH".toCharArray()) {
            feedChar(c, t);
            t += 5 * MS;
        }
        String late = detector.tick(t + 100 * MS);
        KeyBurstDetector.Decision enter = detector.enter(t + 120 * MS);

        assertEquals("ABCDEFGH", late);
        assertNull(enter.scanned());
        assertFalse(enter.consume());
    }

    @Test
    void typingRightBeforeAScanIsDeliveredAndTheScanStillRecognised() {
        feedChar('h', 0);
        feedChar('i', 200 * MS);
        long t = 400 * MS;
        for (char c : "CODE-12345".toCharArray()) {
            feedChar(c, t);
            t += 3 * MS;
        }
        feedEnter(t);

        assertEquals("hi", delivered.toString());
        assertEquals(List.of("CODE-12345"), scans);
    }

    @Test
    void controlKeysAndEnterWithNothingHeldPassStraightThrough() {
        feedChar('x', 0);
        KeyBurstDetector.Decision backspace = detector.typed('\b', 2 * MS);
        KeyBurstDetector.Decision enter = detector.enter(3 * MS);

        assertFalse(backspace.consume());
        assertEquals("x", backspace.release());
        assertEquals(KeyBurstDetector.Decision.PASS, enter);
    }

    @Test
    void anOverlongBurstIsReleasedRatherThanHeldForever() {
        KeyBurstDetector small = new KeyBurstDetector(new KeyBurstDetector.Settings(Duration.ofMillis(30), 2, 4));
        String released = "";
        for (int i = 0; i < 5; i++) {
            released += small.typed((char) ('a' + i), i * MS).release();
        }

        assertEquals("abcd", released);
        assertEquals("e", small.interrupt());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new KeyBurstDetector.Settings(Duration.ZERO, 6, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new KeyBurstDetector.Settings(Duration.ofMillis(30), 0, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new KeyBurstDetector.Settings(Duration.ofMillis(30), 8, 7));
    }

    /**
     * 100,000 random sessions mixing scanner bursts (fast, with Enter), people typing (slow), fast-but-short
     * bursts, stray Enters, control keys and ticks at random moments: every character comes out exactly once and in
     * order (on the page or inside a scanned code), every burst of a scanner is one scan, and no typing is ever
     * taken for a scan.
     */
    @Test
    void fuzzNothingIsLostOrReorderedAndOnlyRealBurstsScan() {
        Random random = new Random(20261123);
        for (int run = 0; run < 100_000; run++) {
            KeyBurstDetector d = new KeyBurstDetector(KeyBurstDetector.Settings.DEFAULT);
            StringBuilder expectedPage = new StringBuilder();
            List<String> expectedScans = new ArrayList<>();
            StringBuilder page = new StringBuilder();
            List<String> scanned = new ArrayList<>();
            long t = random.nextInt(1000) * MS;
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                switch (random.nextInt(4)) {
                    case 0 -> { // a scanner: 6-40 characters 1-25 ms apart, Enter within 25 ms
                        String code = randomText(random, 6 + random.nextInt(35));
                        t += 100 * MS + random.nextInt(500) * MS;
                        for (char c : code.toCharArray()) {
                            apply(d.typed(c, t), c, page, scanned);
                            t += (1 + random.nextInt(25)) * MS;
                        }
                        apply(d.enter(t), '\n', page, scanned);
                        expectedScans.add(code);
                    }
                    case 1 -> { // a person: 31-400 ms between keys, sometimes Enter
                        String text = randomText(random, 1 + random.nextInt(12));
                        for (char c : text.toCharArray()) {
                            t += (31 + random.nextInt(370)) * MS;
                            if (random.nextInt(3) == 0) {
                                page.append(d.tick(t - random.nextInt(30) * MS));
                            }
                            apply(d.typed(c, t), c, page, scanned);
                        }
                        expectedPage.append(text);
                        if (random.nextBoolean()) {
                            t += (31 + random.nextInt(300)) * MS;
                            apply(d.enter(t), '\n', page, scanned);
                            expectedPage.append('\n');
                        }
                    }
                    case 2 -> { // fast but short (key rollover): 1-5 characters, then a pause
                        String text = randomText(random, 1 + random.nextInt(5));
                        t += (31 + random.nextInt(300)) * MS;
                        for (char c : text.toCharArray()) {
                            apply(d.typed(c, t), c, page, scanned);
                            t += random.nextInt(30) * MS;
                        }
                        expectedPage.append(text);
                        if (random.nextBoolean()) {
                            apply(d.enter(t), '\n', page, scanned);
                            expectedPage.append('\n');
                        }
                    }
                    default -> { // a control key or a tick a person makes
                        t += (31 + random.nextInt(300)) * MS;
                        if (random.nextBoolean()) {
                            apply(d.typed('\b', t), '\b', page, scanned);
                            expectedPage.append('\b');
                        } else {
                            page.append(d.tick(t));
                        }
                    }
                }
            }
            page.append(d.tick(t + 31 * MS));
            assertFalse(d.holding());
            assertEquals(expectedPage.toString(), page.toString(), "run " + run);
            assertEquals(expectedScans, scanned, "run " + run);
        }
    }

    private static void apply(KeyBurstDetector.Decision decision, char key, StringBuilder page, List<String> scans) {
        page.append(decision.release());
        if (decision.scanned() != null) {
            scans.add(decision.scanned());
        }
        if (!decision.consume()) {
            page.append(key);
        }
    }

    private static String randomText(Random random, int length) {
        String alphabet = "ABCXYZabcxyz0123456789:-/.?=&_ 乡里";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private void feedChar(char c, long nanos) {
        apply(detector.typed(c, nanos), c, delivered, scans);
    }

    private void feedEnter(long nanos) {
        apply(detector.enter(nanos), '\n', delivered, scans);
    }
}
