package org.xiangli.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @TempDir
    Path dir;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reportsWaitInOrderUntilRemovedAndSurviveAReopen() {
        try (OutboxRepository outbox = OutboxRepository.open(dir.resolve("fleet.db"), 100)) {
            outbox.add("t/1", text("one"), NOW);
            outbox.add("t/2", text("two"), NOW);
            outbox.remove(List.of(outbox.oldest(1).getFirst().id()));
        }
        try (OutboxRepository outbox = OutboxRepository.open(dir.resolve("fleet.db"), 100)) {
            List<Outbox.Pending> left = outbox.oldest(10);
            assertEquals(1, left.size());
            assertEquals("t/2", left.getFirst().topic());
            assertArrayEquals(text("two"), left.getFirst().payload());
        }
    }

    @Test
    void whenFullTheOldestAreDroppedFirstAndCounted() {
        try (OutboxRepository outbox = OutboxRepository.open(dir.resolve("fleet.db"), 3)) {
            for (int i = 1; i <= 5; i++) {
                outbox.add("t", text("r" + i), NOW);
            }
            assertEquals(3, outbox.size());
            assertEquals(List.of("r3", "r4", "r5"), outbox.oldest(10).stream()
                    .map(p -> new String(p.payload(), StandardCharsets.UTF_8)).toList());
            assertEquals(2, outbox.dropped());
        }
        try (OutboxRepository outbox = OutboxRepository.open(dir.resolve("fleet.db"), 3)) {
            assertEquals(2, outbox.dropped(), "the count survives a restart");
        }
    }

    @Test
    void aCommandIdIsFirstSeenOnceAndForgottenAfterItsExpiry() {
        try (OutboxRepository outbox = OutboxRepository.open(dir.resolve("fleet.db"), 3)) {
            assertTrue(outbox.firstTime("c1", NOW.plusSeconds(60), NOW));
            assertFalse(outbox.firstTime("c1", NOW.plusSeconds(60), NOW.plusSeconds(30)));
            assertTrue(outbox.firstTime("c1", NOW.plusSeconds(200), NOW.plusSeconds(61)));
        }
    }

    @Test
    void theMemoryOutboxKeepsTheSameBound() {
        MemoryOutbox outbox = new MemoryOutbox(2);
        outbox.add("t", text("a"), NOW);
        outbox.add("t", text("b"), NOW);
        outbox.add("t", text("c"), NOW);
        assertEquals(2, outbox.size());
        assertEquals(1, outbox.dropped());
        assertEquals("b", new String(outbox.oldest(1).getFirst().payload(), StandardCharsets.UTF_8));
    }

    @Test
    void theStandingNoticeSurvivesAReopenIsReplacedByTheNextAndEndsAtItsTime() {
        try (OutboxRepository outbox = OutboxRepository.open(dir.resolve("fleet.db"), 3)) {
            assertTrue(outbox.standingNotice(NOW).isEmpty());
            outbox.keepNotice(new Outbox.StandingNotice("今晚停电", NOW.plusSeconds(600)));
            outbox.keepNotice(new Outbox.StandingNotice("明天上午停水", NOW.plusSeconds(3600)));
        }
        try (OutboxRepository outbox = OutboxRepository.open(dir.resolve("fleet.db"), 3)) {
            assertEquals("明天上午停水", outbox.standingNotice(NOW).orElseThrow().text());
            assertEquals(NOW.plusSeconds(3600), outbox.standingNotice(NOW).orElseThrow().until());
            assertTrue(outbox.standingNotice(NOW.plusSeconds(3600)).isEmpty(), "over at its time");
        }
    }
}
