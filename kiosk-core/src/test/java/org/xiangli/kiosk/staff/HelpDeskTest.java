package org.xiangli.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.store.Database;

class HelpDeskTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private HelpDesk desk;
    private final List<HelpCall> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("kiosk.db"));
        desk = new HelpDesk(new HelpCallRepository(db), "DEMO-001", clock);
        desk.addListener(heard::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCallIsRecordedWithKioskPageAndTimeAndAnnounced() {
        HelpCall call = desk.call("A 社保医保", HelpCall.Source.SCREEN);

        assertEquals("DEMO-001", call.station());
        assertEquals("A 社保医保", call.page());
        assertEquals(T0, call.calledAt());
        assertFalse(call.answered());
        assertEquals(List.of(call), heard);
        assertEquals(List.of(call), desk.open());
    }

    @Test
    void pressingAgainWhileTheCallIsFreshIsTheSameCall() {
        HelpCall first = desk.call("首页", HelpCall.Source.BUTTON);
        now.set(T0.plus(Duration.ofSeconds(90)));

        HelpCall again = desk.call("缴费查询", HelpCall.Source.SCREEN);

        assertEquals(first, again);
        assertEquals(1, heard.size(), "staff hear of it once");
        now.set(T0.plus(HelpDesk.SAME_CALL).plusSeconds(1));
        assertEquals(2, desk.call("首页", HelpCall.Source.SCREEN).id(), "an old unanswered call does not swallow a new one");
    }

    @Test
    void anAnsweredCallSaysWhoAndHowLongHelpTook() {
        HelpCall call = desk.call("首页", HelpCall.Source.SCREEN);
        now.set(T0.plus(Duration.ofMinutes(3)));

        assertTrue(desk.answer(call.id(), "staff"));
        assertFalse(desk.answer(call.id(), "admin"), "answered once");

        HelpCall answered = new HelpCallRepository(db).find(call.id()).orElseThrow();
        assertEquals(Optional.of("staff"), answered.answeredBy());
        assertEquals(Optional.of(Duration.ofMinutes(3)), answered.waited());
        assertEquals(List.of(), desk.open());
        assertEquals(List.of(answered), new HelpCallRepository(db).between(T0, T0.plusSeconds(1)));
        assertEquals(2, desk.call("首页", HelpCall.Source.SCREEN).id(), "after an answer, a press is a new call");
    }
}
