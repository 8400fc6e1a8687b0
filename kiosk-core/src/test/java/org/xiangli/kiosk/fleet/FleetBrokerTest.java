package org.xiangli.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.testing.Await;
import org.xiangli.kiosk.testing.Mosquitto;
import org.xiangli.kiosk.testing.MqttProbe;

/** The kiosk's fleet client against a real Mosquitto started for each test. */
class FleetBrokerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String STATION = "QS-001";

    @TempDir
    Path dir;

    private final FleetTestKit kit = new FleetTestKit();
    private final FakeFacts facts = new FakeFacts();
    private final List<String> done = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<AutoCloseable> closing = new ArrayList<>();
    private Mosquitto broker;
    private final FleetTopics topics = new FleetTopics(FleetTestKit.COUNTY, STATION);

    private final FleetActions actions = new FleetActions() {
        @Override
        public void syncNow() {
            done.add("sync");
        }

        @Override
        public void showNotice(String text, Instant until) {
            done.add("notice " + text);
        }

        @Override
        public CompletableFuture<byte[]> screenshot() {
            return CompletableFuture.completedFuture(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }

        @Override
        public Map<String, StateReport.DeviceReport> selftest() {
            return facts.devices();
        }

        @Override
        public void restart() {
            done.add("restart");
        }
    };

    @BeforeEach
    void broker() throws IOException {
        Assumptions.assumeTrue(Mosquitto.installed(), "mosquitto is not installed (apt-get install mosquitto)");
        broker = Mosquitto.start(dir.resolve("broker"));
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        kit.close();
        if (broker != null) {
            broker.close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T c) {
        closing.add(c);
        return c;
    }

    private FleetClient kiosk(Outbox outbox, Optional<Path> configFile) {
        return closeLater(kit.client(broker.url(), STATION, facts, actions, outbox, configFile)).start();
    }

    private static boolean online(MqttProbe.Message m) {
        return m.text().contains("\"online\":true");
    }

    @Test
    void theStateIsRetainedSoAHubThatComesLaterSeesTheKioskOnline() throws Exception {
        FleetClient kiosk = kiosk(new MemoryOutbox(100), Optional.empty());
        Await.until("connected", WAIT, kiosk::connected);
        // The hub subscribes only now: the broker hands it the retained state.
        MqttProbe hub = closeLater(MqttProbe.subscribe(broker.url(), topics.state()));
        MqttProbe.Message state = hub.await("retained online state", WAIT, FleetBrokerTest::online);
        assertTrue(state.retained());
        StateReport report = FleetJson.read(state.payload(), StateReport.class);
        assertEquals(1, report.v());
        assertEquals(STATION, report.station());
        assertEquals("online", report.devices().get("printer").state());
        assertEquals(7, report.content().getFirst().sequence());
    }

    @Test
    void aSignedCommandIsCarriedOutAndAnswered() throws Exception {
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "[station]\ncode = \"" + STATION + "\"\n");
        FleetClient kiosk = kiosk(new MemoryOutbox(100), Optional.of(config));
        MqttProbe hub = closeLater(MqttProbe.subscribe(broker.url(), topics.reply()));
        Await.until("connected", WAIT, kiosk::connected);

        Command selftest = kit.command(STATION, "selftest", List.of(), Instant.now(), Duration.ofMinutes(5));
        Command notice = kit.command(STATION, "notice", List.of("今晚停水", Instant.now().plusSeconds(3600).toString()),
                Instant.now(), Duration.ofMinutes(5));
        Command set = kit.command(STATION, "config-set", List.of("timeouts.page_seconds", "120"), Instant.now(),
                Duration.ofMinutes(5));
        Command shot = kit.command(STATION, "screenshot", List.of(), Instant.now(), Duration.ofMinutes(5));
        for (Command c : List.of(selftest, notice, set, shot)) {
            hub.publish(topics.cmd(), kit.signed(c), false);
        }

        CommandReply r1 = reply(hub, selftest.id());
        assertTrue(r1.ok(), r1.message());
        assertTrue(r1.result().toString().contains("printer"), r1.result().toString());
        assertTrue(reply(hub, notice.id()).ok());
        CommandReply r3 = reply(hub, set.id());
        assertTrue(r3.ok(), r3.message());
        assertTrue(Files.readString(config).contains("page_seconds = 120"));
        CommandReply r4 = reply(hub, shot.id());
        assertTrue(r4.ok(), r4.message());
        assertEquals("iVBORw==", r4.result().get("png"));
        assertEquals(List.of("notice 今晚停水"), done);
    }

    @Test
    void aNoticeStaysUpAfterARestartUntilItsTimeEvenWithoutTheBroker() throws Exception {
        Path fleetDb = dir.resolve("fleet.db");
        OutboxRepository first = closeLater(OutboxRepository.open(fleetDb, 100));
        FleetClient kiosk = kiosk(first, Optional.empty());
        MqttProbe hub = closeLater(MqttProbe.subscribe(broker.url(), topics.reply()));
        Await.until("connected", WAIT, kiosk::connected);
        Command notice = kit.command(STATION, "notice", List.of("明天上午停水", Instant.now().plusSeconds(3600).toString()),
                Instant.now(), Duration.ofMinutes(5));
        hub.publish(topics.cmd(), kit.signed(notice), false);
        assertTrue(reply(hub, notice.id()).ok());
        done.clear();

        // The kiosk comes back after a power cut (a second file handle, as a new process would open), and its
        // village link is still down: the client is made but never connects.
        try (OutboxRepository again = OutboxRepository.open(fleetDb, 100)) {
            kit.client("tcp://127.0.0.1:1", STATION, facts, actions, again, Optional.empty());
            assertEquals(List.of("notice 明天上午停水"), done, "shown again at once, before any broker");
        }
    }

    @Test
    void forgedExpiredReplayedAndForeignCommandsAreRefusedWithTheReason() throws Exception {
        FleetClient kiosk = kiosk(new MemoryOutbox(100), Optional.empty());
        MqttProbe hub = closeLater(MqttProbe.subscribe(broker.url(), topics.reply()));
        Await.until("connected", WAIT, kiosk::connected);

        Command forged = kit.command(STATION, "restart", List.of(), Instant.now(), Duration.ofMinutes(5));
        hub.publish(topics.cmd(), FleetTestKit.signedBy(FleetTestKit.newKey(), forged), false);
        Command expired = kit.command(STATION, "restart", List.of(), Instant.now().minusSeconds(3600),
                Duration.ofMinutes(5));
        hub.publish(topics.cmd(), kit.signed(expired), false);
        Command foreign = kit.command("QS-002", "restart", List.of(), Instant.now(), Duration.ofMinutes(5));
        hub.publish(topics.cmd(), kit.signed(foreign), false);
        Command once = kit.command(STATION, "sync-now", List.of(), Instant.now(), Duration.ofMinutes(5));
        byte[] onceSigned = kit.signed(once);
        hub.publish(topics.cmd(), onceSigned, false);
        assertTrue(reply(hub, once.id()).ok());
        hub.publish(topics.cmd(), onceSigned, false);
        Command notAllowed = kit.command(STATION, "config-set", List.of("fleet.broker_url", "tcp://evil:1883"),
                Instant.now(), Duration.ofMinutes(5));
        hub.publish(topics.cmd(), kit.signed(notAllowed), false);

        assertEquals("UNKNOWN_KEY", reply(hub, forged.id()).reason());
        assertEquals("EXPIRED", reply(hub, expired.id()).reason());
        assertEquals("FOREIGN", reply(hub, foreign.id()).reason());
        hub.await("the replay refused", WAIT, m -> m.text().contains(once.id()) && m.text().contains("REPLAYED"));
        assertEquals("NOT_ALLOWED", reply(hub, notAllowed.id()).reason());
        assertEquals(List.of("sync"), done, "only the genuine command ran, once; nothing restarted");
    }

    private static CommandReply reply(MqttProbe hub, String id) throws Exception {
        return FleetJson.read(hub.await("reply to " + id, WAIT, m -> m.text().contains("\"id\":\"" + id + "\""))
                .payload(), CommandReply.class);
    }

    @Test
    void restartAnswersFirstThenRestarts() throws Exception {
        FleetClient kiosk = kiosk(new MemoryOutbox(100), Optional.empty());
        MqttProbe hub = closeLater(MqttProbe.subscribe(broker.url(), topics.reply()));
        Await.until("connected", WAIT, kiosk::connected);
        Command restart = kit.command(STATION, "restart", List.of(), Instant.now(), Duration.ofMinutes(5));
        hub.publish(topics.cmd(), kit.signed(restart), false);
        assertTrue(reply(hub, restart.id()).ok());
        Await.until("restarted", WAIT, () -> done.contains("restart"));
    }

    @Test
    void reportsMadeWhileTheBrokerIsDownArriveAfterItComesBack() throws Exception {
        // The hub's session survives the broker's restart: what the kiosk sends later waits for it.
        MqttProbe hub = closeLater(MqttProbe.persistent(broker.url(), "hub-test", topics.events()));
        try (OutboxRepository outbox = OutboxRepository.open(dir.resolve("fleet.db"), 1000)) {
            FleetClient kiosk = kit.client(broker.url(), STATION, facts, actions, outbox, Optional.empty()).start();
            try {
                Await.until("connected", WAIT, kiosk::connected);
                hub.disconnect();
                broker.stop();
                Await.until("disconnected", WAIT, () -> !kiosk.connected());
                for (int i = 1; i <= 5; i++) {
                    kiosk.event(FleetEvent.TECHNICIAN_LOGIN, FleetEvent.Severity.INFO, "technician", "offline " + i);
                }
                Await.until("five events in the outbox", WAIT, () -> outbox.size() >= 5);
                broker.start();
                Await.until("reconnected", WAIT, kiosk::connected);
                Await.until("outbox drained", WAIT, () -> outbox.size() == 0);
                hub.connect();
                for (int i = 1; i <= 5; i++) {
                    int n = i;
                    hub.await("event " + n, WAIT, m -> m.text().contains("offline " + n));
                }
                List<String> order = hub.messages().stream().map(MqttProbe.Message::text)
                        .filter(t -> t.contains("offline ")).map(t -> t.replaceAll(".*offline (\\d).*", "$1")).toList();
                assertEquals(List.of("1", "2", "3", "4", "5"), order, "in the order they happened, each once");
            } finally {
                kiosk.close();
            }
        }
    }

    @Test
    void aPrinterOutOfPaperIsAFaultEventAndItsRecoveryToo() throws Exception {
        MqttProbe hub = closeLater(MqttProbe.subscribe(broker.url(), FleetTopics.countyFilter(FleetTestKit.COUNTY)));
        FleetClient kiosk = kiosk(new MemoryOutbox(100), Optional.empty());
        Await.until("connected", WAIT, kiosk::connected);
        hub.await("first telemetry", WAIT, m -> m.topic().equals(topics.telemetry()));
        facts.printer("user_error", "out");
        MqttProbe.Message fault = hub.await("paper out", WAIT, m -> m.topic().equals(topics.events())
                && m.text().contains(FleetEvent.DEVICE_FAULT));
        assertTrue(fault.text().contains("\"subject\":\"printer\""), fault.text());
        hub.await("state with paper out", WAIT, m -> m.topic().equals(topics.state())
                && m.text().contains("\"media\":\"out\""));
        facts.printer("online", "ok");
        hub.await("recovered", WAIT, m -> m.text().contains(FleetEvent.DEVICE_RECOVERED));
        assertFalse(hub.messages().stream().anyMatch(m -> m.text().contains("\"v\":2")));
    }
}
