package org.xiangli.county;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.xiangli.county.alerts.AlertRules;
import org.xiangli.county.ingest.FleetIngest;
import org.xiangli.county.ingest.HubCommands;
import org.xiangli.county.ingest.HubLink;
import org.xiangli.county.store.AlertRepository;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.ReportRepository;
import org.xiangli.county.store.StationRepository;
import org.xiangli.county.store.UserRepository;
import org.xiangli.county.publish.ItemRepository;
import org.xiangli.county.publish.Publishing;
import org.xiangli.county.publish.Reach;
import org.xiangli.county.publish.StationBundles;
import org.xiangli.county.web.EditorRoutes;
import org.xiangli.county.web.HubLogin;
import org.xiangli.county.web.HubServer;
import org.xiangli.county.web.Views;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.keys.PublisherKeyFiles;

/**
 * The county hub put together: the store, the broker link and its ingest, the alert rules on a timer, the dashboard.
 * {@link #close()} stops all of it.
 */
public final class Hub implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Hub.class.getName());
    static final Duration ALERT_CHECK = Duration.ofSeconds(20);

    /** How the hub runs. */
    public record Options(String county, String brokerUrl, FleetCredential credential, String host, int port,
                          Duration offlineAfter, ZoneId zone, Optional<PublisherKeyFiles.Signer> countyKey,
                          Optional<Consumer<AlertRepository.Alert>> alertSink, Duration keepReports) {
    }

    private final HubDatabase db;
    private final StationRepository stations;
    private final ReportRepository reports;
    private final AlertRepository alerts;
    private final UserRepository users;
    private final FleetIngest ingest;
    private final HubLink link;
    private final HubServer server;
    private final ItemRepository items;
    private final Publishing publishing;
    private final AlertRules rules;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("hub-ingest")
            .factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("hub-alerts").daemon().factory());

    private Hub(HubHome home, HubDatabase db, Options options, Clock clock) throws Exception {
        this.db = db;
        this.stations = new StationRepository(db);
        this.reports = new ReportRepository(db);
        this.alerts = new AlertRepository(db);
        this.users = new UserRepository(db);
        this.ingest = new FleetIngest(options.county(), reports, clock, batch -> { });
        this.rules = new AlertRules(stations, alerts, options.offlineAfter(), clock,
                options.alertSink().orElse(a -> LOG.log(Level.WARNING, "alert: {0} {1}: {2}", a.station(), a.kind(),
                        a.detail())));
        writer.execute(ingest);
        this.link = new HubLink(options.brokerUrl(), "xl-hub-" + options.county(), options.credential().user(),
                options.credential().password(), options.county(), ingest::accept);
        Optional<HubCommands> commands = options.countyKey().map(k -> new HubCommands(options.county(), k,
                link::publish, Optional.of(reports), clock));
        PublisherKeyFiles.Signer publisher = home.publisherKey();
        this.items = new ItemRepository(db);
        StationBundles bundles = new StationBundles(home.feedDir(), publisher, clock);
        Views views = new Views(options.zone());
        this.publishing = new Publishing(items, stations, bundles, commands, clock);
        this.server = new HubServer(new HubServer.Parts(stations, reports, alerts, users, new HubLogin(users, clock),
                commands, views, options.offlineAfter(), clock, Optional.of(new EditorRoutes.Parts(publishing,
                new Reach(items, stations, publisher.publicKey().id()), bundles, users, stations, views))));
    }

    /** Opens the store, connects to the broker (waiting up to 30 s), starts the dashboard and the alert timer. */
    public static Hub start(HubHome home, Options options, Clock clock) throws Exception {
        HubDatabase db = HubDatabase.open(home.database());
        Hub hub = new Hub(home, db, options, clock);
        try {
            hub.link.connect(30_000);
            hub.server.start(options.host(), options.port());
            hub.timer.scheduleWithFixedDelay(() -> {
                try {
                    hub.rules.check();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "alert check failed", e);
                }
            }, ALERT_CHECK.toMillis(), ALERT_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            // Raw reports are about 0.8 KB each: 400 kiosks every 5 minutes make 90 MB a day. Keep a season.
            hub.timer.scheduleWithFixedDelay(() -> {
                try {
                    int gone = hub.reports.forgetBefore(clock.instant().minus(options.keepReports()));
                    if (gone > 0) {
                        LOG.log(Level.INFO, "forgot {0} reports older than {1} days", gone,
                                options.keepReports().toDays());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "forgetting old reports failed", e);
                }
            }, 1, 60, TimeUnit.MINUTES);
            return hub;
        } catch (Exception e) {
            hub.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public FleetIngest ingest() {
        return ingest;
    }

    public AlertRules rules() {
        return rules;
    }

    public UserRepository users() {
        return users;
    }

    public Publishing publishing() {
        return publishing;
    }

    public StationRepository stations() {
        return stations;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        server.close();
        link.close();
        ingest.stop();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}
