package org.xiangli.kiosk.content.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleFixture;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

class ContentUpdatesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void aUsbScanThatHitsAnErrorKeepsScanningLaterSticks() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        PublisherKeyFiles.Signer signer = BundleFixture.signer(dir.resolve("keys"));
        Path content = BundleFixture.contentDir(dir.resolve("content"));
        AtomicBoolean failOnce = new AtomicBoolean(true);
        CountDownLatch failed = new CountDownLatch(1);
        CountDownLatch applied = new CountDownLatch(1);
        try (Database db = Database.open(dir.resolve("kiosk.db"));
             ContentUpdates updates = new ContentUpdates(new QuickSchedule(), Optional.empty(),
                     new UsbStickWatcher(media, new BundleImporter(new ContentRepository(db),
                             new KioskEventRepository(db), new TrustedKeys(List.of(signer.publicKey())), "DEMO-001",
                             BundleLimits.DEFAULT, CLOCK), progress -> {
                                 // What a bundle too large for the heap did to the scan thread.
                                 if (failOnce.getAndSet(false)) {
                                     failed.countDown();
                                     throw new OutOfMemoryError("simulated: Java heap space");
                                 }
                             }), Duration.ofMinutes(30), applied::countDown)) {
            updates.start();
            mount(media, "FIRST", BundleFixture.build(content, signer, 1, dir.resolve("b1.xlb")));
            assertTrue(failed.await(10, TimeUnit.SECONDS), "the first stick's import hit the error");

            mount(media, "SECOND", BundleFixture.build(content, signer, 2, dir.resolve("b2.xlb")));

            assertTrue(applied.await(10, TimeUnit.SECONDS), "a later stick is still imported");
            assertTrue(new ContentRepository(db).appliedSequence(signer.publicKey().id()) >= 1);
        }
    }

    /** A stick appears whole, as a mount does: its folder is moved in with the bundle already on it. */
    private void mount(Path media, String name, Path bundle) throws Exception {
        Path staged = Files.createDirectories(dir.resolve("staging").resolve(name));
        Files.copy(bundle, staged.resolve(bundle.getFileName()));
        Files.move(staged, media.resolve(name));
    }

    /** The real executor (a task that throws is never run again), with the scan every 20 ms instead of 3 s. */
    private static final class QuickSchedule extends ScheduledThreadPoolExecutor {

        QuickSchedule() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
            return super.scheduleWithFixedDelay(task, 0, 20, TimeUnit.MILLISECONDS);
        }
    }
}
