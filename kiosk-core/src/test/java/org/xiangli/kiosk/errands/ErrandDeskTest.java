package org.xiangli.kiosk.errands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.payments.FactorLockout;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.Sealer;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.store.Database;

/** 代办 on a real SQLite file: identities as the payments store keeps them, states, lookups, statistics, purge. */
public class ErrandDeskTest {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String ID = DemoIdentities.WANG_XIUYING.idNumber().value();
    static final String NAME = DemoIdentities.WANG_XIUYING.name();

    @TempDir
    Path dir;
    Database db;
    MutableClock clock;
    ErrandDesk desk;

    /** A clock the test moves. */
    public static final class MutableClock extends Clock {
        public Instant now = Instant.parse("2026-11-30T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("kiosk.db"));
        clock = new MutableClock();
        DataKey key = DataKey.of(new byte[32]);
        desk = new ErrandDesk(new ErrandRepository(db), new IdentitySeal(new KeyedHash(key), new Sealer(key)),
                new FactorLockout(3, Duration.ofMinutes(15)), "QS-01", ZONE, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ErrandView register(String service, int days) {
        return desk.register(ID, NAME, service, desk.today().plusDays(days), "带户口本", "clerk");
    }

    @Test
    void anErrandIsStoredWithoutItsHoldersNumberOrName() throws Exception {
        ErrandView view = register("社保转移", 7);

        assertEquals("261130", view.errand().number().substring(0, 6));
        assertEquals("王*英", view.maskedName());
        assertEquals(ErrandState.ACCEPTED, view.errand().state());
        db.close();
        for (Path file : Files.list(dir).toList()) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(ID), file + " holds the ID number");
            assertFalse(bytes.contains(new String(NAME.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1)), file + " holds the name");
        }
    }

    @Test
    void badFieldsAreRefusedAndNothingIsSaved() {
        assertThrows(InvalidInput.class, () -> desk.register("360123194203150027", NAME, "社保", desk.today(), "", "c"));
        assertThrows(InvalidInput.class, () -> desk.register(ID, " ", "社保", desk.today(), "", "c"));
        assertThrows(InvalidInput.class, () -> desk.register(ID, NAME, "", desk.today(), "", "c"));
        assertThrows(InvalidInput.class, () -> desk.register(ID, NAME, "社保", desk.today().minusDays(1), "", "c"));
        assertThrows(InvalidInput.class, () -> desk.register(ID, NAME, "社保", desk.today(), "x".repeat(501), "c"));
        assertTrue(desk.latest(10).isEmpty());
    }

    @Test
    void statesMoveOnlyForwardEachStampedWithWhoAndWhen() {
        String number = register("低保申请", 7).errand().number();
        desk.change(number, ErrandState.SUBMITTED, "clerk", "");
        assertThrows(InvalidInput.class, () -> desk.change(number, ErrandState.NEEDS_MATERIALS, "clerk", ""),
                "what is missing must be said");
        desk.change(number, ErrandState.NEEDS_MATERIALS, "clerk", "户口本复印件");
        assertEquals("户口本复印件", desk.find(number).orElseThrow().errand().missing());
        assertThrows(InvalidInput.class, () -> desk.change(number, ErrandState.HANDED_OVER, "clerk", ""));
        clock.now = clock.now.plus(Duration.ofHours(3));
        ErrandView done = desk.change(number, ErrandState.DONE, "head", "");

        assertEquals("", done.errand().missing());
        assertEquals(List.of(ErrandState.ACCEPTED, ErrandState.SUBMITTED, ErrandState.NEEDS_MATERIALS,
                ErrandState.DONE), done.events().stream().map(ErrandEvent::state).toList());
        assertEquals("head", done.events().getLast().by());
        assertEquals(clock.now, done.events().getLast().at());
    }

    @Test
    void aVillagerFindsTheirErrandsByCardByReceiptAndByNumberWithTheCheckCode() {
        ErrandView view = register("证明开具", 3);
        ErrandCode code = desk.code(view.errand());

        assertInstanceOf(ErrandLookup.Found.class, desk.byCard(DemoIdentities.WANG_XIUYING));
        assertInstanceOf(ErrandLookup.NoneFound.class, desk.byCard(DemoIdentities.LI_JIANGUO));
        assertInstanceOf(ErrandLookup.Found.class, desk.byCode(code.text()));
        assertInstanceOf(ErrandLookup.NoneFound.class, desk.byCode(new ErrandCode("QS-01", code.number(),
                code.checkCode().equals("0000") ? "1111" : "0000").text()), "a wrong check code finds nothing");
        assertInstanceOf(ErrandLookup.OtherStation.class, desk.byCode(new ErrandCode("XX-09", code.number(),
                code.checkCode()).text()));
        assertInstanceOf(ErrandLookup.NotAnErrand.class, desk.byCode("XLBILL:1:QS-01:123"));
        assertInstanceOf(ErrandLookup.Found.class, desk.byNumber(ID, code.checkCode()));
    }

    @Test
    void wrongCheckCodesLockTheNumber() {
        ErrandView view = register("证明开具", 3);
        String wrong = view.errand().checkCode().equals("0000") ? "1111" : "0000";

        assertEquals(new ErrandLookup.NoMatch(2), desk.byNumber(ID, wrong));
        assertEquals(new ErrandLookup.NoMatch(1), desk.byNumber(ID, wrong));
        assertInstanceOf(ErrandLookup.Locked.class, desk.byNumber(ID, wrong));
        assertInstanceOf(ErrandLookup.Locked.class, desk.byNumber(ID, view.errand().checkCode()),
                "locked even with the right code");
        assertInstanceOf(ErrandLookup.InvalidNumber.class, desk.byNumber("123", "0000"));
    }

    @Test
    void aFinishedErrandCallsItsHolderUntilHandedOver() {
        String number = register("残疾证", 5).errand().number();
        int[] heard = new int[1];
        desk.addListener(() -> heard[0]++);
        assertTrue(desk.pickupCalls().isEmpty());
        desk.change(number, ErrandState.DONE, "clerk", "");
        assertEquals(List.of("王*英"), desk.pickupCalls());
        desk.change(number, ErrandState.HANDED_OVER, "clerk", "");
        assertTrue(desk.pickupCalls().isEmpty());
        assertEquals(2, heard[0]);
    }

    @Test
    void overdueAndOnTimeAreCountedByService() {
        String late = register("社保转移", 1).errand().number();
        String onTime = register("社保转移", 5).errand().number();
        register("户籍", 1);
        clock.now = clock.now.plus(Duration.ofDays(3));
        desk.change(late, ErrandState.DONE, "clerk", "");
        desk.change(onTime, ErrandState.DONE, "clerk", "");
        LocalDate today = desk.today();

        ErrandStatistics stats = desk.statistics(today.minusDays(5), today);

        assertEquals(3, stats.registered());
        assertEquals(2, stats.done());
        assertEquals(1, stats.onTime());
        assertEquals(1, stats.late());
        assertEquals(1, stats.overdue(), "户籍 is past its promised date and not done");
        assertEquals(new ErrandStatistics.ServiceRow("户籍", 1, 0, 0, 0, 1), stats.byService().get("户籍"));
        assertEquals(0.5, stats.onTimeRate().getAsDouble());
    }

    @Test
    void handedOverErrandsArePurgedOfPersonalFieldsAfterTheRetentionButStayCounted() {
        String number = register("社保转移", 2).errand().number();
        desk.change(number, ErrandState.DONE, "clerk", "");
        desk.change(number, ErrandState.HANDED_OVER, "clerk", "本人领取");
        assertEquals(0, desk.purge(Duration.ofDays(365)));
        clock.now = clock.now.plus(Duration.ofDays(366));

        assertEquals(1, desk.purge(Duration.ofDays(365)));

        Errand purged = desk.find(number).orElseThrow().errand();
        assertTrue(purged.nameSealed().isEmpty());
        assertEquals("*", desk.find(number).orElseThrow().maskedName());
        assertInstanceOf(ErrandLookup.NoneFound.class, desk.byCard(DemoIdentities.WANG_XIUYING));
        assertTrue(desk.find(number).orElseThrow().events().stream().allMatch(e -> e.note().isEmpty()));
        assertEquals(1, desk.statistics(LocalDate.of(2026, 11, 1), desk.today()).registered());
    }
}
