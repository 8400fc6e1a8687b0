package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admin changes: checked before anything is stored, and in force for the next ticket. */
class QueueAdminTest {

    QueueFixture f;
    QueueAdmin admin;

    @BeforeEach
    void start(@TempDir Path dir) {
        // 2026-11-23 01:30 in Shanghai
        f = new QueueFixture(dir, Instant.parse("2026-11-22T17:30:00Z"));
        admin = new QueueAdmin(f.guide, new ServiceWindowRepository(f.db), new QueueSettingsRepository(f.db), f.queue);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void givenAResetAtThree_whenATicketIsTakenAtHalfPastOne_thenItBelongsToThePreviousDayAndNumbersContinue() {
        String before = f.take('A').label();
        admin.setRules(new QueueRules(65, LocalTime.of(3, 0)));

        Ticket t = f.take('A');

        assertEquals("A001", before);
        assertEquals(LocalDate.of(2026, 11, 22), t.day());
        assertEquals("A001", t.label(), "the 22nd had no A ticket yet: its own count starts");
        f.clock.advance(Duration.ofHours(2));
        Ticket after = f.take('A');
        assertEquals(LocalDate.of(2026, 11, 23), after.day());
        assertEquals("A002", after.label(), "the 23rd's count goes on from its A001: never reused");
    }

    @Test
    void givenStoredRules_whenTheKioskRestarts_thenTheyApplyOverTheConfig() {
        admin.setRules(new QueueRules(75, LocalTime.of(2, 30)));
        QueueService restarted = new QueueService(f.repository, f.guide::serving, QueueFixture.policy(), f.clock);
        new QueueAdmin(f.guide, new ServiceWindowRepository(f.db), new QueueSettingsRepository(f.db), restarted)
                .applyStoredRules();
        assertEquals(new QueueRules(75, LocalTime.of(2, 30)), restarted.policy().rules());
    }

    @Test
    void givenBadRules_whenSaved_thenRefusedAndNothingChanges() {
        assertEquals("web.admin.error.priorityAge",
                assertThrows(InvalidInput.class, () -> admin.setRules(new QueueRules(30, LocalTime.MIDNIGHT))).key());
        assertEquals("web.admin.error.resetAt",
                assertThrows(InvalidInput.class, () -> admin.setRules(new QueueRules(65, LocalTime.NOON))).key());
        assertThrows(InvalidInput.class, () -> QueueAdmin.parseTime("25:00"));
        assertEquals(65, f.queue.policy().priorityAge());
    }

    @Test
    void givenAServiceWithoutWindowsOrName_whenSaved_thenRefused() {
        ServiceItem noWindows = new ServiceItem('C', "农技", List.of(), List.of(), "不收费", "当场", List.of());
        assertEquals("web.admin.error.windows", assertThrows(InvalidInput.class,
                () -> admin.saveService(new ServiceEntry(noWindows, false), true)).key());
        ServiceItem noName = new ServiceItem('C', " ", List.of(), List.of(), "不收费", "当场", List.of(1));
        assertEquals("web.admin.error.name", assertThrows(InvalidInput.class,
                () -> admin.saveService(new ServiceEntry(noName, false), true)).key());
        assertTrue(admin.service('C').isEmpty());
    }

    @Test
    void givenADisabledWindow_whenStaffCallThere_thenItServesNothingAndTheKioskNoLongerNamesIt() {
        admin.updateWindow(1, "社保窗口", true, Set.of('A'));

        assertEquals(List.of(2), f.guide.all().getFirst().windows());
        assertThrows(QueueException.class, () -> f.queue.callNext(1));
        assertEquals("社保窗口", admin.windows().getFirst().name());
    }

    @Test
    void givenADisabledService_whenItsTicketsWait_thenTheyAreStillCalledButNoLongerOffered() {
        Ticket waiting = f.take('B');
        ServiceItem b = admin.service('B').orElseThrow().item();
        admin.saveService(new ServiceEntry(b, true), false);

        assertTrue(f.guide.all().stream().noneMatch(s -> s.letter() == 'B'));
        assertEquals(waiting.label(), f.queue.callNext(2).orElseThrow().ticket());
    }
}
