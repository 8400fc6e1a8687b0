package org.xiangli.kiosk.fleet;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.ops.ZeroTouchSetup;

/**
 * Puts a kiosk's fleet client together from its config: the credential, the county keys (the same file the
 * zero-touch set-up trusts), the outbox beside the kiosk's database, the verifier and the commands.
 */
public final class KioskFleet {

    public static final String OUTBOX_FILE = "fleet.db";
    /** Reconnect delays: 2 s, 4 s ... up to 5 minutes, each with jitter. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LAST_RETRY = Duration.ofMinutes(5);
    static final Duration WATCH = Duration.ofSeconds(15);
    /** A village link may be slow; a minute of silence is still alive. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(60);

    private KioskFleet() {
    }

    /**
     * The fleet client for this kiosk, not yet started.
     *
     * @param configFile the kiosk's config file, where config-set writes; empty = none
     * @throws IOException when the credential or the county keys cannot be read: the kiosk runs on without fleet
     */
    public static FleetClient open(KioskConfig config, KioskConfig.Fleet fleet, FleetFacts facts,
                                   FleetActions actions, Optional<Path> configFile, Executor executor,
                                   ScheduledExecutorService timer, Clock clock) throws IOException {
        FleetCredential credential = FleetCredential.read(fleet.credentialFile());
        TrustedKeys countyKeys = ZeroTouchSetup.readCountyKeys(fleet.countyKeysFile());
        FleetTopics topics = new FleetTopics(fleet.county(), config.station().code());
        Outbox outbox = OutboxRepository.open(config.dataDir().resolve(OUTBOX_FILE), fleet.outboxMax());
        return client(new FleetClient.Settings(fleet.brokerUrl(), topics, credential.user(), credential.password(),
                        fleet.telemetryEvery(), WATCH, KEEP_ALIVE, new Backoff(FIRST_RETRY, LAST_RETRY,
                        new SecureRandom()), fleet.caFile().isEmpty() ? Optional.empty()
                        : Optional.<javax.net.SocketFactory>of(FleetTls.trusting(Path.of(fleet.caFile()))),
                        Optional.empty()),
                countyKeys, facts, actions, configFile, config.station().timeZone(), fleet.screenshotMaxBytes(),
                outbox, executor, timer, clock);
    }

    /** A client from its parts: the hub's simulated kiosks and the tests make theirs here too. */
    public static FleetClient client(FleetClient.Settings settings, TrustedKeys countyKeys, FleetFacts facts,
                                     FleetActions actions, Optional<Path> configFile, ZoneId zone,
                                     int screenshotMaxBytes, Outbox outbox, Executor executor,
                                     ScheduledExecutorService timer, Clock clock) {
        CommandVerifier verifier = new CommandVerifier(countyKeys, settings.topics(), clock,
                (id, expires) -> outbox.firstTime(id, expires, clock.instant()));
        FleetCommands commands = new FleetCommands(actions, outbox, configFile, zone, clock, screenshotMaxBytes);
        // A notice the county sent before a restart or a power cut stays up until its time, broker or not.
        outbox.standingNotice(clock.instant()).ifPresent(n -> actions.showNotice(n.text(), n.until()));
        return new FleetClient(settings, facts, verifier, commands, actions, outbox, executor, timer, clock);
    }
}
