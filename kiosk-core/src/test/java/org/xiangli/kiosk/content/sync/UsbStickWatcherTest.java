package org.xiangli.kiosk.content.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleFixture;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.content.sync.UsbImportProgress.Phase;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

class UsbStickWatcherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void importsTheBundlesOfANewlyMountedStickAndReportsEachStep() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        Files.createDirectories(media.resolve("old-stick"));
        PublisherKeyFiles.Signer signer = BundleFixture.signer(dir.resolve("keys"));
        Path content = BundleFixture.contentDir(dir.resolve("content"));
        List<UsbImportProgress> progress = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            ContentRepository repository = new ContentRepository(db);
            BundleImporter importer = new BundleImporter(repository, new KioskEventRepository(db),
                    new TrustedKeys(List.of(signer.publicKey())), "DEMO-001", BundleLimits.DEFAULT, CLOCK);
            UsbStickWatcher watcher = new UsbStickWatcher(media, importer, progress::add);
            watcher.baseline();

            // A desktop automounter's layout: /media/USER/STICK/xiangli/*.xlb
            Path stick = Files.createDirectories(media.resolve("pi/KINGSTON/xiangli"));
            BundleFixture.build(content, signer, 1, stick.resolve("a-full.xlb"));
            Files.writeString(stick.resolve("b-broken.xlb"), "not a bundle");
            int applied = watcher.scan();
            int again = watcher.scan();

            assertEquals(1, applied);
            assertEquals(0, again);
            assertEquals(3, repository.count());
        }
        assertEquals(List.of(Phase.IMPORTING, Phase.APPLIED, Phase.IMPORTING, Phase.REJECTED, Phase.DONE),
                progress.stream().map(UsbImportProgress::phase).toList());
        assertEquals("b-broken.xlb", progress.get(3).file());
        assertEquals(2, progress.get(3).total());
    }

    @Test
    void aStickMountedBeforeTheStartIsImportedOnceAndQuietlyPassedOverAtTheNextStart() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        PublisherKeyFiles.Signer signer = BundleFixture.signer(dir.resolve("keys"));
        Path content = BundleFixture.contentDir(dir.resolve("content"));
        Path stick = Files.createDirectories(media.resolve("STICK"));
        BundleFixture.build(content, signer, 4, stick.resolve("county.xlb"));
        List<UsbImportProgress> firstStart = new ArrayList<>();
        List<UsbImportProgress> secondStart = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            ContentRepository repository = new ContentRepository(db);
            KioskEventRepository events = new KioskEventRepository(db);
            BundleImporter importer = new BundleImporter(repository, events,
                    new TrustedKeys(List.of(signer.publicKey())), "DEMO-001", BundleLimits.DEFAULT, CLOCK);

            UsbStickWatcher first = new UsbStickWatcher(media, importer, firstStart::add);
            int appliedAtStart = first.importMounted();
            int appliedByScan = first.scan();
            // The kiosk restarts with the stick still in.
            UsbStickWatcher second = new UsbStickWatcher(media, importer, secondStart::add);
            int appliedAtRestart = second.importMounted();

            assertEquals(1, appliedAtStart);
            assertEquals(0, appliedByScan);
            assertEquals(0, appliedAtRestart);
            assertEquals(3, repository.count());
            assertEquals(4, repository.appliedSequence(signer.publicKey().id()));
            assertEquals(List.of(BundleImporter.EVENT_APPLIED), events.latest(10).stream()
                    .map(KioskEventRepository.KioskEvent::kind).toList(), "no refusal recorded at the restart");
        }
        assertEquals(List.of(Phase.APPLIED, Phase.DONE), firstStart.stream().map(UsbImportProgress::phase).toList());
        assertEquals(List.of(), secondStart, "nothing on screen for a bundle applied already");
    }

    @Test
    void aStickWhoseBundleIsAppliedAlreadyShowsUpToDateNotARefusal() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        PublisherKeyFiles.Signer signer = BundleFixture.signer(dir.resolve("keys"));
        Path content = BundleFixture.contentDir(dir.resolve("content"));
        Path bundle = BundleFixture.build(content, signer, 2, dir.resolve("county.xlb"));
        List<UsbImportProgress> progress = new ArrayList<>();
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            KioskEventRepository events = new KioskEventRepository(db);
            BundleImporter importer = new BundleImporter(new ContentRepository(db), events,
                    new TrustedKeys(List.of(signer.publicKey())), "DEMO-001", BundleLimits.DEFAULT, CLOCK);
            importer.importFile(bundle);
            UsbStickWatcher watcher = new UsbStickWatcher(media, importer, progress::add);
            watcher.importMounted();

            Files.copy(bundle, Files.createDirectories(media.resolve("STICK")).resolve("county.xlb"));
            assertEquals(0, watcher.scan());

            assertEquals(List.of(BundleImporter.EVENT_APPLIED), events.latest(10).stream()
                    .map(KioskEventRepository.KioskEvent::kind).toList());
        }
        assertEquals(List.of(Phase.IMPORTING, Phase.UP_TO_DATE, Phase.DONE),
                progress.stream().map(UsbImportProgress::phase).toList());
    }
}
