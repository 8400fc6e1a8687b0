package org.xiangli.county.demo;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.xiangli.kiosk.fleet.Backoff;
import org.xiangli.kiosk.fleet.FleetClient;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.fleet.KioskFleet;
import org.xiangli.kiosk.fleet.MemoryOutbox;
import org.xiangli.kiosk.keys.TrustedKeys;

/**
 * Many simulated kiosks in one process, each a real {@link FleetClient} with its own MQTT connection, credential
 * and outbox (in memory), sharing a few threads. For {@code county.jar demo} and the fleet benchmark.
 */
public final class SimulatedFleet implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimulatedFleet.class.getName());

    /** One kiosk's login. */
    public record Login(String station, char[] password) {
    }

    private final List<FleetClient> clients = new ArrayList<>();
    private final List<SimulatedFacts> facts = new ArrayList<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(4,
            Thread.ofPlatform().name("sim-fleet-", 1).daemon().factory());
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().name("sim-timer-", 1).daemon().factory());
    private final VirtualThreadScheduler paho = new VirtualThreadScheduler();

    /**
     * Starts a client per login, spread over {@code rampUp} so that the broker is not hit by all at once.
     *
     * @param telemetryEvery how often each kiosk reports (the benchmark: 10 s)
     */
    public SimulatedFleet(String brokerUrl, String county, List<Login> logins, TrustedKeys countyKeys,
                          Duration telemetryEvery, Duration rampUp, Clock clock) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        SplittableRandom seeds = new SplittableRandom(16);
        long gap = logins.isEmpty() ? 0 : rampUp.toMillis() / logins.size();
        for (Login login : logins) {
            SimulatedFacts f = new SimulatedFacts(new Random(seeds.nextLong()), clock, zone);
            FleetClient.Settings settings = new FleetClient.Settings(brokerUrl, new FleetTopics(county,
                    login.station()), login.station(), login.password(), telemetryEvery,
                    telemetryEvery.compareTo(Duration.ofSeconds(10)) <= 0 ? Duration.ofSeconds(1)
                            : Duration.ofSeconds(5), Duration.ofSeconds(30),
                    new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random(seeds.nextLong())),
                    Optional.empty(), Optional.of(paho));
            FleetClient client = KioskFleet.client(settings, countyKeys, f, new SimulatedActions(login.station(), f),
                    Optional.empty(), zone, 512 * 1024, new MemoryOutbox(1000), executor, timer, clock);
            facts.add(f);
            clients.add(client);
            timer.schedule(client::start, gap * clients.size(), TimeUnit.MILLISECONDS);
        }
        timer.scheduleWithFixedDelay(() -> facts.forEach(SimulatedFacts::step), 5, 5, TimeUnit.SECONDS);
        LOG.log(Level.INFO, "{0} simulated kiosks starting on {1}", logins.size(), brokerUrl);
    }

    public int connected() {
        return (int) clients.stream().filter(FleetClient::connected).count();
    }

    public int size() {
        return clients.size();
    }

    @Override
    public void close() {
        clients.forEach(FleetClient::close);
        timer.shutdownNow();
        executor.shutdownNow();
        paho.shutdownNow();
    }
}
