package org.xiangli.county.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.county.CountyTestKit;
import org.xiangli.county.HubHome;
import org.xiangli.kiosk.fleet.FakeFacts;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.FleetClient;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.fleet.FleetTestKit;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.fleet.KioskFleet;
import org.xiangli.kiosk.fleet.MemoryOutbox;
import org.xiangli.kiosk.testing.Await;
import org.xiangli.kiosk.testing.Mosquitto;
import org.xiangli.kiosk.testing.MqttProbe;

/**
 * The broker configuration broker-config writes, run by a real Mosquitto: per-kiosk passwords and the ACL, so that
 * kiosk A can neither publish as kiosk B nor read B's commands, and nobody gets in without a registered password.
 */
class MosquittoAclTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String COUNTY = FleetTestKit.COUNTY;

    @TempDir
    static Path dir;
    static Mosquitto broker;
    static FleetCredential a;
    static FleetCredential b;
    static FleetCredential hub;
    static PublisherKeyFiles.Signer countyKey;
    static Path data;

    @BeforeAll
    static void broker() throws Exception {
        Assumptions.assumeTrue(Mosquitto.installed(), "mosquitto is not installed");
        Path data = dir.resolve("hub");
        int port = Mosquitto.freePort();
        assertEquals(0, CountyTestKit.run("init", "--data", data.toString(), "--county", COUNTY, "--broker",
                "tcp://127.0.0.1:" + port).exit());
        for (String station : new String[] {"QS-001", "QS-002"}) {
            CountyTestKit.Run r = CountyTestKit.run("register", "--data", data.toString(), "--station", station,
                    "--pubkey", CountyTestKit.devicePub(dir, station).toString());
            assertEquals(0, r.exit(), r.err());
        }
        Path conf = dir.resolve("conf");
        CountyTestKit.Run r = CountyTestKit.run("broker-config", "--data", data.toString(), "--out", conf.toString(),
                "--port", String.valueOf(port), "--persistence", dir.resolve("persist").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 stations"), r.out());
        broker = Mosquitto.including(dir.resolve("broker"), port, conf);
        PublisherKeyFiles.generate(dir.resolve("county-key"));
        Files.copy(dir.resolve("county-key").resolve(PublisherKeyFiles.PRIVATE_FILE), data.resolve(HubHome.COUNTY_KEY));
        countyKey = PublisherKeyFiles.readPrivate(data.resolve(HubHome.COUNTY_KEY));
        MosquittoAclTest.data = data;
        a = CountyTestKit.credential(data, "QS-001");
        b = CountyTestKit.credential(data, "QS-002");
        hub = new HubHome(data).hubCredential();
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    private static FleetClient kioskA(FleetTestKit kit, TrustedKeys trusted) {
        FleetClient.Settings s = FleetTestKit.settings(broker.url(), "QS-001");
        return KioskFleet.client(new FleetClient.Settings(s.brokerUrl(), s.topics(), a.user(), a.password(),
                s.telemetryEvery(), s.watchEvery(), s.keepAlive(), s.backoff(), Optional.empty(), Optional.empty()),
                trusted, new FakeFacts(), FleetActions.none(), Optional.empty(), java.time.ZoneId.of("Asia/Shanghai"),
                1024, new MemoryOutbox(10), kit.executor, kit.timer, kit.clock).start();
    }

    @Test
    void theCommandLineSendsASignedCommandAndPrintsTheKiosksReply() throws Exception {
        try (FleetTestKit kit = new FleetTestKit()) {
            FleetClient kiosk = kioskA(kit, new TrustedKeys(List.of(countyKey.publicKey())));
            try {
                Await.until("connected", WAIT, kiosk::connected);
                CountyTestKit.Run r = CountyTestKit.run("command", "--data", data.toString(), "--wait", "20",
                        "QS-001", "selftest");
                assertEquals(0, r.exit(), r.out() + r.err());
                assertTrue(r.out().contains("完成 / done: devices checked"), r.out());
                CountyTestKit.Run refused = CountyTestKit.run("command", "--data", data.toString(), "--wait", "20",
                        "QS-001", "config-set", "fleet.broker_url", "tcp://elsewhere:1883");
                assertEquals(1, refused.exit(), refused.out());
                assertTrue(refused.out().contains("NOT_ALLOWED"), refused.out());
            } finally {
                kiosk.close();
            }
        }
    }

    @Test
    void aKioskRefusesACommandSignedByAKeyThatIsNotItsCountys() throws Exception {
        try (FleetTestKit kit = new FleetTestKit()) {
            // This kiosk trusts another county's key: the hub's signature means nothing to it.
            FleetClient kiosk = kioskA(kit, kit.trusted());
            try {
                Await.until("connected", WAIT, kiosk::connected);
                CountyTestKit.Run r = CountyTestKit.run("command", "--data", data.toString(), "--wait", "20",
                        "QS-001", "restart");
                assertEquals(1, r.exit(), r.out() + r.err());
                assertTrue(r.out().contains("UNKNOWN_KEY"), r.out());
            } finally {
                kiosk.close();
            }
        }
    }

    private static MqttProbe login(FleetCredential c, String filter) throws MqttException {
        return MqttProbe.as(broker.url(), c.user(), new String(c.password()), filter);
    }

    @Test
    void aKioskWithItsCredentialReportsAndTheHubReadsIt() throws Exception {
        try (FleetTestKit kit = new FleetTestKit();
             MqttProbe county = login(hub, FleetTopics.countyFilter(COUNTY))) {
            FleetClient.Settings s = FleetTestKit.settings(broker.url(), "QS-001");
            FleetClient kiosk = KioskFleet.client(new FleetClient.Settings(s.brokerUrl(), s.topics(), a.user(),
                    a.password(), s.telemetryEvery(), s.watchEvery(), s.keepAlive(), s.backoff(), Optional.empty(),
                    Optional.empty()), kit.trusted(), new FakeFacts(), FleetActions.none(), Optional.empty(),
                    java.time.ZoneId.of("Asia/Shanghai"), 1024, new MemoryOutbox(10), kit.executor, kit.timer, kit.clock);
            try {
                kiosk.start();
                Await.until("connected", WAIT, kiosk::connected);
                county.await("QS-001 online", WAIT, m -> m.topic().endsWith("/QS-001/state")
                        && m.text().contains("\"online\":true"));
                county.await("QS-001 telemetry", WAIT, m -> m.topic().endsWith("/QS-001/telemetry"));
            } finally {
                kiosk.close();
            }
        }
    }

    @Test
    void kioskACannotPublishAsKioskB() throws Exception {
        FleetTopics topicsA = new FleetTopics(COUNTY, "QS-001");
        FleetTopics topicsB = new FleetTopics(COUNTY, "QS-002");
        try (MqttProbe county = login(hub, FleetTopics.countyFilter(COUNTY));
             MqttProbe kioskA = login(a, null)) {
            kioskA.publish(topicsB.state(), "{\"v\":1,\"online\":false,\"station\":\"QS-002\",\"forged\":1}"
                    .getBytes(StandardCharsets.UTF_8), true);
            kioskA.publish(topicsB.telemetry(), "{\"v\":1,\"forged\":2}".getBytes(StandardCharsets.UTF_8), false);
            kioskA.publish(topicsA.cmd(), "{\"v\":1,\"forged\":3}".getBytes(StandardCharsets.UTF_8), false);
            kioskA.publish(topicsA.events(), "{\"v\":1,\"mine\":true}".getBytes(StandardCharsets.UTF_8), false);
            // Mosquitto handles one client's messages in order: once A's own event is through, the rest was judged.
            county.await("A's own event", WAIT, m -> m.text().contains("\"mine\":true"));
            assertFalse(county.messages().stream().anyMatch(m -> m.text().contains("forged")),
                    "nothing A wrote under B's station, nor a command, reached the county: " + county.messages());
        }
    }

    @Test
    void kioskACannotReadKioskBsCommands() throws Exception {
        FleetTopics topicsB = new FleetTopics(COUNTY, "QS-002");
        try (MqttProbe kioskA = login(a, null); MqttProbe county = login(hub, null);
             MqttProbe kioskB = login(b, topicsB.cmd())) {
            boolean refused;
            try {
                MqttProbe spy = login(a, topicsB.cmd());
                spy.close();
                refused = false;
            } catch (MqttException e) {
                refused = true;
            }
            // Either the subscription is refused, or it delivers nothing: B's command reaches only B.
            try (MqttProbe spy = refused ? null : login(a, topicsB.cmd())) {
                county.publish(topicsB.cmd(), "{\"v\":1,\"for\":\"B\"}".getBytes(StandardCharsets.UTF_8), false);
                kioskB.await("B's command", WAIT, m -> m.text().contains("\"for\":\"B\""));
                if (spy != null) {
                    assertTrue(spy.messages().isEmpty(), "A read B's command: " + spy.messages());
                }
            }
            assertTrue(kioskA.connected());
        }
    }

    @Test
    void noOneGetsInWithoutARegisteredPassword() {
        assertThrows(MqttException.class, () -> MqttProbe.as(broker.url(), "QS-001", "wrong-password", null));
        assertThrows(MqttException.class, () -> MqttProbe.as(broker.url(), "QS-003", "anything", null));
        assertThrows(MqttException.class, () -> MqttProbe.subscribe(broker.url(), "#"));
    }
}
