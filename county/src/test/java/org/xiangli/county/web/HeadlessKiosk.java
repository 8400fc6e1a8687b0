package org.xiangli.county.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.content.sync.BundleDownloader;
import org.xiangli.kiosk.content.sync.ContentStatusReader;
import org.xiangli.kiosk.content.sync.DownloadLimits;
import org.xiangli.kiosk.content.sync.FeedSync;
import org.xiangli.kiosk.fleet.Backoff;
import org.xiangli.kiosk.fleet.FakeFacts;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.FleetClient;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.fleet.FleetFacts;
import org.xiangli.kiosk.fleet.FleetTestKit;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.fleet.KioskFleet;
import org.xiangli.kiosk.fleet.MemoryOutbox;
import org.xiangli.kiosk.fleet.StateReport;
import org.xiangli.kiosk.fleet.Telemetry;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * A kiosk without its screen, made of the kiosk's own parts: its SQLite store in a file, the bundle importer that
 * trusts only the hub's publisher key and this station, the feed sync the kiosk polls with (HTTP, ETag, resume), the
 * library its screens read (search by pinyin initials included), and its fleet client on the county's broker with
 * the station's own credential, whose {@code sync-now} polls the feed as the kiosk does. Its facts are the real
 * content status and the real count of openings; devices and queue figures are the test's.
 */
final class HeadlessKiosk implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final String station;
    final Database db;
    final ContentLibrary library;
    final FeedSync feed;
    final AtomicInteger syncs = new AtomicInteger();
    private final KioskEventRepository events;
    private final ContentStatusReader status;
    private FleetClient fleet;

    HeadlessKiosk(Path dir, String station, URI feedUrl, PublisherKey publisher) {
        this.station = station;
        this.db = Database.open(dir.resolve("kiosk.db"));
        ContentRepository content = new ContentRepository(db);
        this.events = new KioskEventRepository(db);
        this.status = new ContentStatusReader(content, events);
        Clock clock = Clock.system(ZONE);
        this.library = new ContentLibrary(content, clock);
        library.countOpensWith(id -> events.record(clock.instant(), ContentLibrary.EVENT_OPENED, id));
        BundleImporter importer = new BundleImporter(content, events, new TrustedKeys(List.of(publisher)), station,
                BundleLimits.DEFAULT, clock);
        Path work = dir.resolve("content-sync");
        this.feed = new FeedSync(feedUrl, new BundleDownloader(HttpClient.newHttpClient(), work,
                new DownloadLimits(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMinutes(2),
                        64L << 20)), importer, events, work, clock);
    }

    /** Connects to the county's broker with the station's credential; sync-now polls the feed. */
    HeadlessKiosk connect(String brokerUrl, FleetCredential credential, PublisherKey countyKey, FleetTestKit kit) {
        FleetClient.Settings s = new FleetClient.Settings(brokerUrl, new FleetTopics(FleetTestKit.COUNTY, station),
                credential.user(), credential.password(), Duration.ofSeconds(2), Duration.ofMillis(300),
                Duration.ofSeconds(5), new Backoff(Duration.ofMillis(200), Duration.ofSeconds(2),
                new java.util.Random(3)), Optional.empty(), Optional.empty());
        fleet = KioskFleet.client(s, new TrustedKeys(List.of(countyKey)), new Facts(), new Actions(),
                Optional.empty(), ZONE, 64 * 1024, new MemoryOutbox(100), kit.executor, kit.timer, kit.clock).start();
        return this;
    }

    boolean connected() {
        return fleet != null && fleet.connected();
    }

    FeedSync.Outcome poll() {
        syncs.incrementAndGet();
        return feed.poll();
    }

    private final class Actions implements FleetActions {
        private final FleetActions none = FleetActions.none();

        @Override
        public void syncNow() {
            FeedSync.Outcome outcome = poll();
            if (outcome instanceof FeedSync.Failed f) {
                throw new IllegalStateException(f.message());
            }
        }

        @Override
        public void showNotice(String text, java.time.Instant until) {
            none.showNotice(text, until);
        }

        @Override
        public CompletableFuture<byte[]> screenshot() {
            return none.screenshot();
        }

        @Override
        public Map<String, StateReport.DeviceReport> selftest() {
            return Map.of();
        }

        @Override
        public void restart() {
            none.restart();
        }
    }

    private final class Facts implements FleetFacts {
        private final FakeFacts fake = new FakeFacts();

        @Override
        public String version() {
            return "headless";
        }

        @Override
        public List<StateReport.BundleInUse> content() {
            return status.read(1).bundles().stream().map(b -> new StateReport.BundleInUse(b.publisher(),
                    b.sequence(), b.appliedAt().toString())).toList();
        }

        @Override
        public Map<String, StateReport.DeviceReport> devices() {
            return fake.devices();
        }

        @Override
        public Optional<String> lastSync() {
            return Optional.empty();
        }

        @Override
        public String day() {
            return LocalDate.now(ZONE).toString();
        }

        @Override
        public Telemetry.QueueFigures queue() {
            return fake.queue();
        }

        @Override
        public int[] ratings() {
            return new int[5];
        }

        @Override
        public Optional<Integer> helpCalls() {
            return Optional.empty();
        }

        @Override
        public Telemetry.SystemFigures system() {
            return fake.system();
        }

        @Override
        public List<NewEvent> newEvents() {
            return List.of();
        }

        @Override
        public Map<String, Integer> itemOpens() {
            java.time.Instant start = LocalDate.now(ZONE).atStartOfDay(ZONE).toInstant();
            return events.countByDetail(ContentLibrary.EVENT_OPENED, start, start.plus(Duration.ofDays(1)));
        }
    }

    @Override
    public void close() {
        if (fleet != null) {
            fleet.close();
        }
        db.close();
    }
}
