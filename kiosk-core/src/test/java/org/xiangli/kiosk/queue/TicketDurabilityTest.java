package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 moved a ticket's fsync out of the queue's lock: the ticket is committed without one, and
 * {@link QueueService#take} returns only after an fsync of the log that covers it (shared by the commits of a
 * burst). PowerCutTest kills a child JVM mid-issue; this checks the order of commit, fsync and return, also with
 * kiosks and windows at it at once.
 */
class TicketDurabilityTest {

    @Test
    void aTicketIsDurableWhenTakeReturnsIt(@TempDir Path dir) {
        try (QueueFixture f = new QueueFixture(dir)) {
            long before = f.db.relaxedCommits();
            Ticket ticket = f.take('A');
            assertEquals("A001", ticket.label());
            assertTrue(f.db.relaxedCommits() > before, "the ticket was committed as a relaxed transaction");
            assertEquals(f.db.relaxedCommits(), f.db.syncedCommits(), "take returned before the fsync");
        }
    }

    @Test
    void ticketsTakenWhileWindowsCallAreNumberedOnceAndAllDurable(@TempDir Path dir) throws Exception {
        try (QueueFixture f = new QueueFixture(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<List<String>>> takers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    takers.add(pool.submit(() -> {
                        List<String> labels = new ArrayList<>();
                        for (int i = 0; i < 25; i++) {
                            Ticket ticket = f.queue.take(UUID.randomUUID().toString(), 'A', Optional.empty())
                                    .ticket();
                            // What this caller was given is durable, whatever the others did meanwhile.
                            assertTrue(f.db.syncedCommits() >= 1);
                            labels.add(ticket.label());
                        }
                        return labels;
                    }));
                }
                List<Future<Integer>> windows = new ArrayList<>();
                for (int w = 1; w <= 2; w++) {
                    int window = w;
                    windows.add(pool.submit(() -> {
                        int calls = 0;
                        for (int i = 0; i < 20; i++) {
                            if (f.queue.callNext(window).isPresent()) {
                                calls++;
                            }
                        }
                        return calls;
                    }));
                }
                Set<String> labels = new HashSet<>();
                int issued = 0;
                for (Future<List<String>> taker : takers) {
                    List<String> got = taker.get();
                    issued += got.size();
                    labels.addAll(got);
                }
                for (Future<Integer> window : windows) {
                    window.get();
                }
                assertEquals(100, issued);
                assertEquals(100, labels.size(), "a number was issued twice");
                for (int n = 1; n <= 100; n++) {
                    assertTrue(labels.contains(Ticket.label('A', n)), "number " + n + " was skipped");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
