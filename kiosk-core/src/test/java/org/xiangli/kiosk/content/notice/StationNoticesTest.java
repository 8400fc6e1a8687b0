package org.xiangli.kiosk.content.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

class StationNoticesTest {

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @Test
    void aNoticeShowsAtOnceAsAnUrgentItemAndIsReportedAndRemoved() throws Exception {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            ContentRepository content = new ContentRepository(db);
            KioskEventRepository events = new KioskEventRepository(db);
            StationNotices notices = new StationNotices(dir.resolve("station-key"), "QS-001", content, events, CLOCK);
            LocalDate today = LocalDate.now(CLOCK);
            StationNotices.Posted posted = notices.post("明天上午停水\n8点到12点，咨询 13800001111", Optional.of(PNG),
                    today.plusDays(1));
            ContentLibrary library = new ContentLibrary(content, CLOCK);
            ContentItem shown = library.urgent().stream().filter(i -> i.id().equals(posted.id())).findFirst()
                    .orElseThrow();
            assertEquals("明天上午停水", shown.title());
            assertTrue(shown.bodyMarkdown().contains("8点到12点"), shown.bodyMarkdown());
            assertTrue(library.asset(shown, posted.id() + "/photo.png").isPresent(), "the photo came with it");
            assertTrue(library.search("mtsw", 5).stream().anyMatch(i -> i.id().equals(posted.id())));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("station-key").resolve(PublisherKeyFiles.PRIVATE_FILE))));
            String reported = events.latestOf(List.of(StationNotices.EVENT), 1).getFirst().detail();
            assertEquals("明天上午停水 · " + today.plusDays(1), reported);

            StationNotices.Posted second = notices.post("下午三点开村民大会", Optional.empty(), today);
            assertEquals(List.of(second.id(), posted.id()), notices.current().stream().map(ContentItem::id).toList());
            notices.remove(posted.id());
            assertEquals(List.of(second.id()), notices.current().stream().map(ContentItem::id).toList());

            assertThrows(IllegalArgumentException.class, () -> notices.post(" ", Optional.empty(), today));
            assertThrows(IllegalArgumentException.class, () -> notices.post("x", Optional.empty(), today.minusDays(1)));
            assertThrows(IllegalArgumentException.class, () -> notices.post("x", Optional.empty(), today.plusDays(40)));
            assertThrows(IllegalArgumentException.class, () -> notices.remove("hub-0000000000"));
        }
    }

    @Test
    void theStationKeySignsForItsOwnStationOnly() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        try (Database other = Database.open(elsewhere.resolve("kiosk.db"))) {
            // Station QS-001's key, trusted by a kiosk of QS-002 (a copied key): the bundle's scope is QS-001.
            try (Database db = Database.open(dir.resolve("kiosk.db"))) {
                StationNotices notices = new StationNotices(dir.resolve("station-key"), "QS-001",
                        new ContentRepository(db), new KioskEventRepository(db), CLOCK);
                notices.post("明天上午停水", Optional.empty(), LocalDate.now(CLOCK));
            }
            var key = PublisherKeyFiles.readPrivate(dir.resolve("station-key").resolve(PublisherKeyFiles.PRIVATE_FILE));
            Path bundle = dir.resolve("copy.xlb");
            Files.createDirectories(dir.resolve("src"));
            Files.writeString(dir.resolve("src").resolve("n.md"), "---\ntitle: x\ncategory: notices\n"
                    + "published: 2026-01-01\nstations: QS-001\n---\nbody\n");
            new org.xiangli.kiosk.content.bundle.BundleBuilder(BundleLimits.DEFAULT).build(dir.resolve("src"), key,
                    new org.xiangli.kiosk.content.bundle.BundleBuilder.Options(1, true, List.of(), List.of("QS-001"),
                            CLOCK.instant()), bundle);
            BundleImporter qs002 = new BundleImporter(new ContentRepository(other), new KioskEventRepository(other),
                    new TrustedKeys(List.of(key.publicKey())), "QS-002", BundleLimits.DEFAULT, CLOCK);
            assertThrows(BundleException.class, () -> qs002.importFile(bundle));
            BundleImporter feed = new BundleImporter(new ContentRepository(other), new KioskEventRepository(other),
                    new TrustedKeys(List.of()), "QS-001", BundleLimits.DEFAULT, CLOCK);
            assertThrows(BundleException.class, () -> feed.importFile(bundle), "the feed does not know the key");
        }
    }
}
