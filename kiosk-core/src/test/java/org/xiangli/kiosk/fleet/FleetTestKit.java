package org.xiangli.kiosk.fleet;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;

/** A county key, a kiosk's fleet client with fast retries, and signed commands, for the fleet's tests. */
public final class FleetTestKit implements AutoCloseable {

    public static final String COUNTY = "360781";

    public final KeyPair countyKey = newKey();
    public final PublisherKey countyPublic = PublisherKey.of(countyKey.getPublic());
    public final ExecutorService executor = Executors.newFixedThreadPool(2);
    public final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
    public final Clock clock = Clock.systemUTC();

    public static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public TrustedKeys trusted() {
        return new TrustedKeys(List.of(countyPublic));
    }

    public static FleetClient.Settings settings(String url, String station) {
        return new FleetClient.Settings(url, new FleetTopics(COUNTY, station), station, "pw".toCharArray(),
                Duration.ofMinutes(5), Duration.ofMillis(200), Duration.ofSeconds(5),
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), new Random(7)), Optional.empty(),
                Optional.empty());
    }

    public FleetClient client(String url, String station, FleetFacts facts, FleetActions actions, Outbox outbox,
                              Optional<Path> configFile) {
        return KioskFleet.client(settings(url, station), trusted(), facts, actions, configFile,
                ZoneId.of("Asia/Shanghai"), 64 * 1024, outbox, executor, timer, clock);
    }

    public Command command(String station, String verb, List<String> args, Instant issued, Duration life) {
        return new Command(UUID.randomUUID().toString(), COUNTY, station, verb, args, issued.toString(),
                issued.plus(life).toString());
    }

    public byte[] signed(Command command) {
        return FleetJson.write(CommandSigning.sign(command, countyKey.getPrivate(), countyPublic));
    }

    public static byte[] signedBy(KeyPair key, Command command) {
        return FleetJson.write(CommandSigning.sign(command, key.getPrivate(), PublisherKey.of(key.getPublic())));
    }

    @Override
    public void close() {
        executor.shutdownNow();
        timer.shutdownNow();
    }
}
