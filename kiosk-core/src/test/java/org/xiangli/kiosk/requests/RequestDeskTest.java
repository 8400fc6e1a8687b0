package org.xiangli.kiosk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.audio.SimulatedMicrophone;
import org.xiangli.hal.audio.WavFile;
import org.xiangli.kiosk.errands.ErrandDeskTest;
import org.xiangli.kiosk.errands.IdentitySeal;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.Sealer;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.store.Database;

/** 诉求·意见 on a real SQLite file and voice folder: submit, answer, look up, statistics, purge. */
class RequestDeskTest {

    static final String PHONE = "13800001234";

    @TempDir
    Path dir;
    Database db;
    ErrandDeskTest.MutableClock clock;
    RequestDesk desk;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("kiosk.db"));
        clock = new ErrandDeskTest.MutableClock();
        DataKey key = DataKey.of(new byte[32]);
        desk = new RequestDesk(new RequestRepository(db), new IdentitySeal(new KeyedHash(key), new Sealer(key)),
                dir.resolve("requests"), "QS-01", ErrandDeskTest.ZONE, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRequestWithAPhraseAndAPhoneIsStoredWithThePhoneSealed() throws Exception {
        Request r = desk.submit(RequestTopic.ROADS_UTILITIES, "request.phrase.ROADS_UTILITIES.3", Optional.empty(),
                PHONE);

        assertEquals(RequestState.PENDING, r.state());
        assertEquals(Optional.of(PHONE), desk.phone(r));
        assertEquals(Optional.of(r), desk.byCode(desk.code(r).text()).map(x -> r));
        assertEquals(Optional.empty(), desk.byNumber(r.number(), r.checkCode().equals("0000") ? "1111" : "0000"));
        db.close();
        for (Path file : Files.list(dir).filter(Files::isRegularFile).toList()) {
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(PHONE), file
                    + " holds the phone number");
        }
    }

    @Test
    void badRequestsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> desk.submit(RequestTopic.SANITATION,
                "request.phrase.ROADS_UTILITIES.1", Optional.empty(), ""), "a phrase of another topic");
        assertThrows(IllegalArgumentException.class, () -> desk.submit(RequestTopic.SANITATION, "",
                Optional.empty(), ""), "neither phrase nor voice");
        assertThrows(IllegalArgumentException.class, () -> desk.submit(RequestTopic.SANITATION,
                "request.phrase.SANITATION.1", Optional.empty(), "2380000123"));
        assertTrue(desk.latest(5).isEmpty());
    }

    @Test
    void aVoiceMessageIsKeptInTheVoiceFolderUntilThePurge() throws Exception {
        SimulatedMicrophone mic = new SimulatedMicrophone(clock);
        Path file = desk.newRecordingFile();
        var recording = mic.start(file, Duration.ofSeconds(60));
        clock.now = clock.now.plusSeconds(4);
        assertEquals(Duration.ofSeconds(4), recording.stop());
        assertEquals(Duration.ofSeconds(4), WavFile.length(file));

        Request r = desk.submit(RequestTopic.NEIGHBOURS, "", Optional.of(file), "");
        Path kept = desk.voice(r).orElseThrow();
        assertFalse(Files.exists(file), "moved, not copied");
        assertEquals(Duration.ofSeconds(4), WavFile.length(kept));

        desk.start(r.number(), "clerk");
        assertThrows(InvalidInput.class, () -> desk.start(r.number(), "clerk"));
        assertThrows(InvalidInput.class, () -> desk.answer(r.number(), " ", "clerk"));
        desk.answer(r.number(), "已约双方周三到村委会调解。", "head");
        clock.now = clock.now.plus(Duration.ofDays(400));
        assertEquals(1, desk.purge(Duration.ofDays(365)));

        assertFalse(Files.exists(kept));
        Request purged = desk.find(r.number()).orElseThrow();
        assertTrue(purged.voiceFile().isEmpty());
        assertEquals("已约双方周三到村委会调解。", purged.answer(), "the answer stays readable");
    }

    @Test
    void statisticsCountByTopicAndTimeToAnswer() {
        Request a = desk.submit(RequestTopic.POLICY, "request.phrase.POLICY.1", Optional.empty(), "");
        desk.submit(RequestTopic.POLICY, "request.phrase.POLICY.2", Optional.empty(), "");
        desk.submit(RequestTopic.SANITATION, "request.phrase.SANITATION.2", Optional.empty(), "");
        clock.now = clock.now.plus(Duration.ofHours(6));
        desk.answer(a.number(), "见村务公开栏。", "clerk");

        RequestStatistics stats = desk.statistics(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30));

        assertEquals(3, stats.total());
        assertEquals(1, stats.answered());
        assertEquals(new RequestStatistics.TopicRow(RequestTopic.POLICY, 2, 1, Duration.ofHours(6)),
                stats.byTopic().get(RequestTopic.POLICY));
    }
}
