package org.xiangli.kiosk.content.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleException.Reason;
import org.xiangli.kiosk.content.bundle.BundleFixture;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

class FeedSyncTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Database db;
    private ContentRepository repository;
    private BundleServer server;
    private FeedSync sync;
    private BundleImporter importer;
    private KioskEventRepository events;
    private PublisherKeyFiles.Signer signer;
    private Path content;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir.resolve("kiosk.db"));
        repository = new ContentRepository(db);
        events = new KioskEventRepository(db);
        signer = BundleFixture.signer(dir.resolve("keys"));
        content = BundleFixture.contentDir(dir.resolve("content"));
        server = new BundleServer();
        importer = new BundleImporter(repository, events, new TrustedKeys(List.of(signer.publicKey())),
                "DEMO-001", BundleLimits.DEFAULT, CLOCK);
        Path work = dir.resolve("sync");
        sync = new FeedSync(server.uri(), new BundleDownloader(HttpClient.newHttpClient(), work, Duration.ofSeconds(2)),
                importer, events, work, CLOCK);
    }

    @AfterEach
    void tearDown() {
        server.close();
        db.close();
    }

    private byte[] bundle(long sequence) throws Exception {
        return Files.readAllBytes(BundleFixture.build(content, signer, sequence, dir.resolve("b" + sequence + ".xlb")));
    }

    @Test
    void appliesANewBundleThenAsksWithItsEtagAndGets304() throws Exception {
        server.serve(bundle(1), "\"v1\"");

        FeedSync.Outcome first = sync.poll();
        FeedSync.Outcome second = sync.poll();

        assertEquals(3, assertInstanceOf(FeedSync.Applied.class, first).result().items());
        assertInstanceOf(FeedSync.NotModified.class, second);
        assertEquals(List.of("GET", "GET If-None-Match"), server.requests());
    }

    @Test
    void aDownloadCutHalfwayResumesWithRangeOnTheNextPoll() throws Exception {
        byte[] bytes = bundle(1);
        server.serve(bytes, "\"v1\"");
        server.mode(BundleServer.Mode.CUT_HALFWAY);

        FeedSync.Outcome cut = sync.poll();
        assertEquals(Reason.DOWNLOAD_FAILED, assertInstanceOf(FeedSync.Failed.class, cut).reason());
        assertEquals(0, repository.count());

        FeedSync.Outcome resumed = sync.poll();

        assertInstanceOf(FeedSync.Applied.class, resumed);
        assertEquals(3, repository.count());
        assertEquals("GET Range=bytes=" + bytes.length / 2 + "-", server.requests().get(1));
    }

    @Test
    void aMissingFeedIsRecordedAndChangesNothing() throws Exception {
        server.mode(BundleServer.Mode.NOT_FOUND);

        FeedSync.Failed failed = assertInstanceOf(FeedSync.Failed.class, sync.poll());

        assertTrue(failed.message().contains("404"), failed.message());
        assertEquals(0, repository.count());
        assertTrue(new KioskEventRepository(db).latest(1).getFirst().detail().contains("404"));
    }

    @Test
    void aSlowServerTimesOutAndTheContentStays() throws Exception {
        server.serve(bundle(1), "\"v1\"");
        sync.poll();
        server.serve(bundle(2), "\"v2\"");
        server.mode(BundleServer.Mode.SLOW);

        FeedSync.Failed failed = assertInstanceOf(FeedSync.Failed.class, sync.poll());

        assertTrue(failed.message().contains("did not answer"), failed.message());
        assertEquals(1, repository.appliedSequence(signer.publicKey().id()));
        assertEquals(3, repository.count());
    }

    @Test
    void aNewVersionOnTheServerReplacesTheOldContent() throws Exception {
        server.serve(bundle(1), "\"v1\"");
        sync.poll();
        Files.delete(content.resolve("water-stop.md"));
        server.serve(bundle(2), "\"v2\"");

        assertInstanceOf(FeedSync.Applied.class, sync.poll());

        assertEquals(2, repository.count());
        assertEquals(2, repository.appliedSequence(signer.publicKey().id()));
    }

    @Test
    void aServerThatDribblesItsBodyIsCutKeepingWhatArrivedAndTheNextPollResumes() throws Exception {
        byte[] bytes = bundle(1);
        server.serve(bytes, "\"v1\"");
        server.mode(BundleServer.Mode.DRIBBLE);
        Path work = dir.resolve("dribble");
        FeedSync patient = new FeedSync(server.uri(), new BundleDownloader(HttpClient.newHttpClient(), work,
                new DownloadLimits(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(5),
                        DownloadLimits.DEFAULT_MAX_BYTES)),
                importer, events, work, CLOCK);

        FeedSync.Failed cut = assertInstanceOf(FeedSync.Failed.class, patient.poll());

        assertEquals(Reason.DOWNLOAD_STALLED, cut.reason());
        assertTrue(cut.message().contains("stalled"), cut.message());
        long kept = Files.size(work.resolve(BundleDownloader.PART));
        assertTrue(kept >= bytes.length / 2 && kept < bytes.length, kept + " of " + bytes.length);
        assertEquals(0, repository.count());
        assertTrue(events.latest(1).getFirst().detail().startsWith("DOWNLOAD_STALLED: "),
                events.latest(1).getFirst().detail());

        server.mode(BundleServer.Mode.NORMAL);
        assertInstanceOf(FeedSync.Applied.class, patient.poll());

        assertEquals(3, repository.count());
        assertEquals("GET Range=bytes=" + kept + "-", server.requests().getLast());
    }

    @Test
    void aDownloadThatTricklesPastTheOverallLimitIsCut() throws Exception {
        server.serve(bundle(1), "\"v1\"");
        server.mode(BundleServer.Mode.DRIBBLE);
        Path work = dir.resolve("overall");
        FeedSync sync = new FeedSync(server.uri(), new BundleDownloader(HttpClient.newHttpClient(), work,
                new DownloadLimits(Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(2),
                        DownloadLimits.DEFAULT_MAX_BYTES)),
                importer, events, work, CLOCK);

        FeedSync.Failed cut = assertInstanceOf(FeedSync.Failed.class, sync.poll());

        assertEquals(Reason.DOWNLOAD_STALLED, cut.reason());
        assertTrue(cut.message().contains("took longer than 2 s"), cut.message());
        assertTrue(Files.size(work.resolve(BundleDownloader.PART)) > 0);
    }

    @Test
    void aBundleRefusedForAnUntrustedKeyIsFetchedAgainOnceTheTechnicianTrustsTheKey() throws Exception {
        PublisherKeyFiles.Signer township = BundleFixture.signer(dir.resolve("township"));
        server.serve(Files.readAllBytes(BundleFixture.build(content, township, 1, dir.resolve("t1.xlb"))), "\"t1\"");
        FeedSync.Failed refused = assertInstanceOf(FeedSync.Failed.class, sync.poll());
        assertEquals(Reason.UNTRUSTED_KEY, refused.reason());

        // The technician adds the township's key to content.trusted_keys; the kiosk starts again with it.
        Path work = dir.resolve("sync");
        FeedSync trusting = new FeedSync(server.uri(), new BundleDownloader(HttpClient.newHttpClient(), work,
                Duration.ofSeconds(2)), new BundleImporter(repository, events, new TrustedKeys(List.of(
                        signer.publicKey(), township.publicKey())), "DEMO-001", BundleLimits.DEFAULT, CLOCK),
                events, work, CLOCK);

        assertInstanceOf(FeedSync.Applied.class, trusting.poll());
        assertEquals(3, repository.count());
        assertEquals(List.of("GET", "GET"), server.requests(), "the refused bundle's ETag was not kept");
    }

    @Test
    void aBundleAppliedAlreadyFromAStickIsNotFetchedAgain() throws Exception {
        byte[] bytes = bundle(1);
        importer.importFile(dir.resolve("b1.xlb"));
        server.serve(bytes, "\"v1\"");

        assertEquals(Reason.STALE_SEQUENCE, assertInstanceOf(FeedSync.Failed.class, sync.poll()).reason());
        assertInstanceOf(FeedSync.NotModified.class, sync.poll());
    }

    @Test
    void aServerAnnouncingMoreThanTheLimitIsRefusedBeforeItsBodyAndNothingIsKept() throws Exception {
        server.mode(BundleServer.Mode.HUGE);
        Path work = dir.resolve("huge");

        FeedSync.Failed refused = assertInstanceOf(FeedSync.Failed.class, limited(work, 1 << 20).poll());

        assertEquals(Reason.BUNDLE_TOO_LARGE, refused.reason(), refused.message());
        assertTrue(refused.message().contains("1 MB"), refused.message());
        assertNothingKept(work);
        assertTrue(events.latest(1).getFirst().detail().startsWith("BUNDLE_TOO_LARGE: "));
    }

    @Test
    void aBodyOfNoAnnouncedLengthIsStoppedAtTheLimitAndDeleted() throws Exception {
        server.mode(BundleServer.Mode.ENDLESS);
        Path work = dir.resolve("endless");

        FeedSync.Failed refused = assertInstanceOf(FeedSync.Failed.class, limited(work, 1 << 20).poll());

        assertEquals(Reason.BUNDLE_TOO_LARGE, refused.reason(), refused.message());
        assertNothingKept(work);
    }

    @Test
    void aResumedDownloadWhoseWholeIsOverTheLimitIsRefusedAndItsPartDeleted() throws Exception {
        byte[] bytes = bundle(1);
        server.serve(bytes, "\"v1\"");
        server.mode(BundleServer.Mode.CUT_HALFWAY);
        Path work = dir.resolve("sync");
        sync.poll();
        assertTrue(Files.size(work.resolve(BundleDownloader.PART)) > 0, "half of it is kept to resume");

        // The limit was lowered (content.max_bundle_mb) below the bundle, still above the half that is kept.
        FeedSync.Failed refused = assertInstanceOf(FeedSync.Failed.class, limited(work, bytes.length - 1).poll());

        assertEquals(Reason.BUNDLE_TOO_LARGE, refused.reason(), refused.message());
        assertTrue(server.requests().getLast().startsWith("GET Range="), server.requests().toString());
        assertNothingKept(work);
    }

    private FeedSync limited(Path work, long maxBytes) {
        return new FeedSync(server.uri(), new BundleDownloader(HttpClient.newHttpClient(), work,
                DownloadLimits.withAnswer(Duration.ofSeconds(5)).withMaxBytes(maxBytes)), importer, events, work,
                CLOCK);
    }

    private static void assertNothingKept(Path work) throws Exception {
        try (var files = Files.list(work)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(FeedSync.ETAG_FILE)).toList());
        }
    }
}
