package org.xiangli.county.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.xiangli.county.Hub;
import org.xiangli.county.HubHome;
import org.xiangli.county.alerts.Webhook;
import org.xiangli.county.broker.EmbeddedBroker;
import org.xiangli.county.broker.FleetAcl;
import org.xiangli.county.broker.MosquittoPasswords;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.StationRepository;
import org.xiangli.kiosk.fleet.FleetCredential;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code county.jar serve}: the hub, until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the hub: take in what the county's kiosks report, raise alerts, serve the dashboard.",
            "运行县级平台：接收终端上报、产生告警、提供网页。"})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8090", description = "dashboard port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "dashboard address (default ${DEFAULT-VALUE})")
    String host;

    static final class BrokerChoice {
        @Option(names = "--broker", paramLabel = "URL", description = "the county's broker (default: hub.properties)")
        String url;

        @Option(names = "--embedded-broker", paramLabel = "PORT",
                description = "run Moquette in this process on PORT instead (trials; production uses Mosquitto)")
        Integer embeddedPort;
    }

    @ArgGroup(exclusive = true)
    BrokerChoice broker = new BrokerChoice();

    @Option(names = "--county-key", paramLabel = "FILE",
            description = "the county's signing key (publisher.key format) for remote commands (default: DATA/county.key)")
    Path countyKey;

    @Option(names = "--offline-minutes", paramLabel = "N", defaultValue = "30",
            description = "alert when a station is offline this long (default ${DEFAULT-VALUE})")
    int offlineMinutes;

    @Option(names = "--webhook", paramLabel = "URL", description = "also POST each new alert as JSON here")
    URI webhook;

    @Option(names = "--keep-days", paramLabel = "N", defaultValue = "90",
            description = "days of raw telemetry and events kept (default ${DEFAULT-VALUE})")
    int keepDays;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
            description = "time zone of the dashboard (default ${DEFAULT-VALUE})")
    ZoneId zone;

    @Override
    public Integer call() throws Exception {
        HubHome home = data.home();
        HubHome.Settings settings = home.settings();
        FleetCredential credential = home.hubCredential();
        Optional<EmbeddedBroker> embedded = Optional.empty();
        String url = Optional.ofNullable(broker.url).orElse(settings.brokerUrl());
        if (broker.embeddedPort != null) {
            embedded = Optional.of(startEmbedded(home, settings.county(), credential, broker.embeddedPort));
            url = embedded.get().url();
        }
        Clock clock = Clock.system(zone);
        Hub hub = Hub.start(home, new Hub.Options(settings.county(), url, credential, host, port,
                Duration.ofMinutes(offlineMinutes), zone, home.countyKey(Optional.ofNullable(countyKey)),
                Optional.ofNullable(webhook).map(w -> new Webhook(w, Executors.newSingleThreadExecutor(
                        Thread.ofPlatform().name("webhook").daemon().factory()))), Duration.ofDays(keepDays)),
                clock);
        System.out.println("县级平台已启动 / hub running: county " + settings.county() + ", broker " + url
                + ", dashboard http://" + host + ":" + hub.port() + "/");
        CountDownLatch stop = new CountDownLatch(1);
        Optional<EmbeddedBroker> toClose = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hub.close();
            toClose.ifPresent(EmbeddedBroker::close);
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    /** Moquette with the registry's passwords and the county's ACL. */
    public static EmbeddedBroker startEmbedded(HubHome home, String county, FleetCredential hub, int port)
            throws java.io.IOException {
        String hubHash = MosquittoPasswords.hash(hub.password());
        HubDatabase db = HubDatabase.open(home.database());
        StationRepository stations = new StationRepository(db);
        return EmbeddedBroker.start("0.0.0.0", port, Optional.of(new EmbeddedBroker.Accounts(user ->
                user.equals(hub.user()) ? Optional.of(hubHash)
                        : stations.find(user).map(StationRepository.Station::passwordHash).filter(h -> !h.isEmpty()),
                new FleetAcl(county, hub.user()))));
    }
}
