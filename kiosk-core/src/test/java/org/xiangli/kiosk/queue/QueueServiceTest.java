package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueServiceTest {

    private static final CardIdentity ELDER = new CardIdentity("11010519491231002X", LocalDate.of(1949, 12, 31));
    private static final CardIdentity YOUNG = new CardIdentity("110105199001010012", LocalDate.of(1990, 1, 1));

    @TempDir
    Path dir;
    QueueFixture f;

    @BeforeEach
    void open() {
        f = new QueueFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void numbersCountUpPerServiceLetterFromOne() {
        assertEquals("A001", f.take('A').label());
        assertEquals("A002", f.take('A').label());
        assertEquals("B001", f.take('B').label());
        assertEquals("A003", f.take('A').label());
    }

    @Test
    void givenAFreshQueue_whenWarmedUp_thenNothingIsIssuedAndTheFirstNumberIsStillOne() {
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        f.queue.addListener(new QueueListener() {
            @Override
            public void changed() {
                told.incrementAndGet();
            }
        });
        f.queue.warmUp();
        f.queue.warmUp();

        assertEquals(List.of(), f.queue.ticketsBetween(f.queue.today(), f.queue.today()));
        assertEquals(0, told.get(), "no listener told of the rehearsed ticket");
        assertEquals("A001", f.take('A').label());
        assertEquals("B001", f.take('B').label());
        f.queue.warmUp();
        assertEquals("A002", f.take('A').label(), "a warm-up between tickets takes no number either");
        assertEquals(3, f.queue.ticketsBetween(f.queue.today(), f.queue.today()).size());
    }

    @Test
    void numberingRestartsAtLocalMidnightInShanghaiNotAtUtcMidnight() {
        f.clock.set(Instant.parse("2026-11-23T15:59:59Z")); // 23:59:59 in Shanghai
        Ticket late = f.take('A');
        f.take('A');
        f.clock.set(Instant.parse("2026-11-23T16:00:00Z")); // 00:00 on the 24th in Shanghai, still the 23rd in UTC
        Ticket next = f.take('A');
        assertEquals(LocalDate.of(2026, 11, 23), late.day());
        assertEquals(LocalDate.of(2026, 11, 24), next.day());
        assertEquals("A001", next.label());
    }

    @Test
    void yesterdaysWaitingTicketsAreNotCalledToday() {
        f.take('A');
        f.clock.advance(Duration.ofDays(1));
        assertTrue(f.queue.callNext(1).isEmpty());
    }

    @Test
    void aRepeatedRequestGivesTheSameTicketAndNoNewNumber() {
        IssueResult first = f.queue.take("tap-1", 'A', Optional.empty());
        IssueResult again = f.queue.take("tap-1", 'A', Optional.empty());
        assertEquals(first.ticket().id(), again.ticket().id());
        assertEquals(IssueResult.Kind.REPEATED_REQUEST, again.kind());
        assertEquals("A002", f.take('A').label());
    }

    @Test
    void aPersonHoldsOneWaitingTicketPerService() {
        IssueResult first = f.queue.take("r1", 'A', Optional.of(YOUNG));
        IssueResult second = f.queue.take("r2", 'A', Optional.of(YOUNG));
        IssueResult otherService = f.queue.take("r3", 'B', Optional.of(YOUNG));
        assertEquals(IssueResult.Kind.ALREADY_WAITING, second.kind());
        assertEquals(first.ticket().id(), second.ticket().id());
        assertEquals(IssueResult.Kind.ISSUED, otherService.kind());
    }

    @Test
    void aPersonMayTakeANewTicketOnceTheOldOneWasCalled() {
        f.queue.take("r1", 'A', Optional.of(YOUNG));
        f.queue.callNext(1);
        IssueResult again = f.queue.take("r2", 'A', Optional.of(YOUNG));
        assertEquals(IssueResult.Kind.ISSUED, again.kind());
        assertEquals("A002", again.ticket().label());
    }

    @Test
    void theIdNumberIsNeverStoredOnlyAKeyedHashWhileWaiting() throws Exception {
        f.queue.take("r1", 'A', Optional.of(YOUNG));
        byte[] file = java.nio.file.Files.readAllBytes(dir.resolve("kiosk.db"));
        byte[] wal = java.nio.file.Files.exists(dir.resolve("kiosk.db-wal"))
                ? java.nio.file.Files.readAllBytes(dir.resolve("kiosk.db-wal")) : new byte[0];
        String all = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)
                + new String(wal, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(all.contains(YOUNG.idNumber()));
    }

    @Test
    void anElderlyCardHolderGetsPriorityByAge() {
        Ticket elder = f.queue.take("r1", 'A', Optional.of(ELDER)).ticket();
        Ticket young = f.queue.take("r2", 'A', Optional.of(YOUNG)).ticket();
        assertEquals(PriorityReason.ELDERLY, elder.priority());
        assertEquals(PriorityReason.NONE, young.priority());
    }

    @Test
    void priorityTicketsGoFirstButNeverStarveRegularOnes() {
        Ticket regular1 = f.take('A');
        Ticket regular2 = f.take('A');
        List<Ticket> priority = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Ticket t = f.take('A');
            priority.add(f.queue.setPriority(t.id(), PriorityReason.MILITARY));
        }
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            order.add(f.queue.callNext(1).orElseThrow().ticket());
        }
        // max streak 2: two priority, one regular, two priority, one regular, the last priority
        assertEquals(List.of(priority.get(0).label(), priority.get(1).label(), regular1.label(),
                priority.get(2).label(), priority.get(3).label(), regular2.label(), priority.get(4).label()), order);
    }

    @Test
    void aTransferredTicketKeepsItsPlaceByArrivalTime() {
        Ticket a1 = f.take('A');
        f.clock.advance(Duration.ofMinutes(1));
        f.take('B');
        f.clock.advance(Duration.ofMinutes(1));
        f.take('B');
        f.queue.callNext(1); // A001 to window 1
        f.queue.transfer(a1.id(), 'B');
        assertEquals("A001", f.queue.callNext(2).orElseThrow().ticket());
        assertEquals("B001", f.queue.callNext(2).orElseThrow().ticket());
    }

    @Test
    void aHeldTicketLetsTheWindowCallOnAndComesBackOnResume() {
        Ticket a1 = f.take('A');
        f.take('A');
        f.queue.callNext(1);
        f.queue.hold(1);
        assertEquals("A002", f.queue.callNext(1).orElseThrow().ticket());
        Call resumed = f.queue.resume(a1.id(), 1);
        assertEquals("A001", resumed.ticket());
        assertTrue(resumed.recall());
        assertEquals(TicketStatus.DONE, f.repository.ticket(a1.id() + 1).orElseThrow().status());
        assertEquals(a1.id(), f.queue.window(1).current().orElseThrow().id());
    }

    @Test
    void recallRepeatsTheCallAndNoShowEndsTheTicket() {
        Ticket a1 = f.take('A');
        f.queue.callNext(1);
        Call recall = f.queue.recall(1);
        assertTrue(recall.recall());
        assertEquals("A001", recall.ticket());
        Ticket gone = f.queue.noShow(1);
        assertEquals(TicketStatus.NO_SHOW, gone.status());
        assertEquals(2, gone.callCount());
        assertTrue(f.queue.window(1).current().isEmpty());
        assertEquals(a1.id(), gone.id());
    }

    @Test
    void callingNextFinishesTheWindowsCurrentTicket() {
        Ticket a1 = f.take('A');
        f.take('A');
        f.queue.callNext(1);
        f.queue.callNext(1);
        assertEquals(TicketStatus.DONE, f.repository.ticket(a1.id()).orElseThrow().status());
    }

    @Test
    void aPausedWindowCannotCallButOthersCan() {
        f.take('A');
        f.queue.pause(1, true);
        QueueException e = assertThrows(QueueException.class, () -> f.queue.callNext(1));
        assertEquals(QueueException.Reason.WINDOW_PAUSED, e.reason());
        assertTrue(f.queue.callNext(2).isPresent());
        f.queue.pause(1, false);
        assertTrue(f.queue.window(1).state().paused() == false);
    }

    @Test
    void aWindowCallsOnlyItsOwnServices() {
        f.take('B');
        assertTrue(f.queue.callNext(1).isEmpty());
        assertEquals("B001", f.queue.callNext(2).orElseThrow().ticket());
    }

    @Test
    void theWaitEstimateUsesPeopleAheadAndTheRecentServiceTime() {
        f.take('B');
        f.take('B');
        f.queue.callNext(2);
        f.clock.advance(Duration.ofMinutes(8));
        f.queue.finish(2); // B took 8 minutes
        f.take('B');
        IssueResult fourth = f.queue.take("x", 'B', Optional.empty());
        assertEquals(2, fourth.estimate().peopleAhead());
        assertEquals(16, fourth.estimate().minutes());
    }

    @Test
    void theDefaultServiceTimeAppliesBeforeAnyIsMeasuredAndOpenWindowsShareTheLine() {
        f.take('A');
        f.take('A');
        IssueResult third = f.queue.take("x", 'A', Optional.empty());
        assertEquals(2, third.estimate().peopleAhead());
        assertEquals(5, third.estimate().minutes()); // 2 people × 5 min over windows 1 and 2
    }

    @Test
    void listenersHearCallsInTheOrderTheyWereMade() {
        List<String> heard = new ArrayList<>();
        f.queue.addListener(new QueueListener() {
            @Override
            public void called(Call call) {
                heard.add(call.ticket() + "@" + call.window());
            }
        });
        f.take('A');
        f.take('A');
        f.queue.callNext(1);
        f.queue.callNext(2);
        f.queue.recall(1);
        assertEquals(List.of("A001@1", "A002@2", "A001@1"), heard);
    }

    @Test
    void aFinishedTicketCanBeRatedForThirtySecondsOnly() {
        Ticket a1 = f.take('A');
        f.take('A');
        f.queue.callNext(1);
        f.queue.finish(1);
        f.queue.rate(1, 5);
        assertEquals(Optional.of(5), f.repository.ticket(a1.id()).orElseThrow().rating());
        assertThrows(QueueException.class, () -> f.queue.rate(1, 4), "one rating per ticket");
        f.queue.callNext(1);
        f.queue.finish(1);
        f.clock.advance(Duration.ofSeconds(30));
        assertTrue(f.queue.pendingRating(1).isEmpty());
        assertThrows(QueueException.class, () -> f.queue.rate(1, 3));
    }

    @Test
    void numbersContinueAfterTheDatabaseIsReopened() {
        f.take('A');
        f.take('A');
        f.close();
        f = new QueueFixture(dir);
        assertEquals("A003", f.take('A').label());
    }

    @Test
    void aServiceRunsOutOfNumbersAfter999InADay() {
        for (int i = 0; i < QueueRepository.MAX_NUMBER; i++) {
            f.repository.issue("r" + i, 'B', f.queue.today(), f.clock.instant(), PriorityReason.NONE,
                    Optional.empty());
        }
        QueueException e = assertThrows(QueueException.class, () -> f.take('B'));
        assertEquals(QueueException.Reason.DAY_FULL, e.reason());
        assertEquals("A001", f.take('A').label());
    }
}
