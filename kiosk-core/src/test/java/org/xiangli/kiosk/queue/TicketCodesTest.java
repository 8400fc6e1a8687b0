package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phone links' codes: unguessable, stable across restarts, found for two days, nothing else found. */
class TicketCodesTest {

    @Test
    void eachTicketHasItsOwnCodeThatFindsItAgainAfterARestart(@TempDir Path dir) {
        String code;
        Ticket first;
        try (QueueFixture q = new QueueFixture(dir)) {
            TicketCodes codes = new TicketCodes(q.repository, q.queue, q.clock);
            first = q.take('A');
            Set<String> all = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                String c = codes.codeOf(q.take(i % 2 == 0 ? 'A' : 'B'));
                assertTrue(TicketCodes.FORMAT.matcher(c).matches(), c);
                all.add(c);
            }
            assertEquals(200, all.size(), "no two tickets share a code");
            code = codes.codeOf(first);
            assertEquals(Optional.of(first.id()), codes.find(code).map(Ticket::id));
        }
        try (QueueFixture q = new QueueFixture(dir)) {
            TicketCodes restarted = new TicketCodes(q.repository, q.queue, q.clock);
            assertEquals(Optional.of(first.id()), restarted.find(code).map(Ticket::id),
                    "the same code after a restart, with nothing stored but the queue's secret");
        }
    }

    @Test
    void anotherDatabaseGivesTheSameTicketIdAnotherCode(@TempDir Path dir) {
        try (QueueFixture a = new QueueFixture(dir.resolve("a")); QueueFixture b = new QueueFixture(dir.resolve("b"))) {
            Ticket ta = a.take('A');
            Ticket tb = b.take('A');
            assertEquals(ta.id(), tb.id());
            assertNotEquals(new TicketCodes(a.repository, a.queue, a.clock).codeOf(ta),
                    new TicketCodes(b.repository, b.queue, b.clock).codeOf(tb), "the code comes from a secret key");
        }
    }

    @Test
    void aLinkReadsTheEveningAfterButNotTheDayAfterThat(@TempDir Path dir) {
        try (QueueFixture q = new QueueFixture(dir)) {
            TicketCodes codes = new TicketCodes(q.repository, q.queue, q.clock);
            String code = codes.codeOf(q.take('A'));
            q.clock.advance(Duration.ofDays(1));
            assertTrue(codes.find(code).isPresent(), "yesterday's ticket");
            q.clock.advance(Duration.ofDays(1));
            assertTrue(codes.find(code).isEmpty(), "the day before yesterday's");
        }
    }

    @Test
    void madeUpCodesFindNothingAndNeverThrow(@TempDir Path dir) {
        try (QueueFixture q = new QueueFixture(dir)) {
            TicketCodes codes = new TicketCodes(q.repository, q.queue, q.clock);
            String real = codes.codeOf(q.take('A'));
            Random random = new Random(14);
            String alphabet = "abcdefghijklmnopqrstuvwxyz234567ABCXYZ01890-_./%\u0000中 ";
            for (int i = 0; i < 5_000; i++) {
                int length = random.nextInt(3) == 0 ? TicketCodes.LENGTH : random.nextInt(40);
                StringBuilder s = new StringBuilder();
                for (int j = 0; j < length; j++) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String made = s.toString();
                if (!made.equals(real)) {
                    assertTrue(codes.find(made).isEmpty(), made);
                }
            }
            assertTrue(codes.find(null).isEmpty());
            assertTrue(codes.find(real.toUpperCase(java.util.Locale.ROOT)).isEmpty());
            assertTrue(codes.find(real + "a").isEmpty());
        }
    }
}
