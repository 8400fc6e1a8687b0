package org.xiangli.county.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.county.CountyTestKit;
import org.xiangli.county.HubHome;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.fleet.FakeFacts;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.FleetClient;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.fleet.KioskFleet;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.testing.Await;
import org.xiangli.kiosk.testing.Mosquitto;
import org.xiangli.kiosk.testing.MqttProbe;

/**
 * ssl:// as a county runs it: Mosquitto with broker-config's TLS listener and a certificate of the county's own CA;
 * a kiosk configured as the README says ([fleet] with ca_file) connects and reports, one without the CA does not,
 * and the hub on the broker's machine reads it all on the loopback listener.
 */
class MosquittoTlsTest {

    @TempDir
    Path dir;

    private void openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        assertEquals(0, p.waitFor(), Files.readString(dir.resolve("openssl.log")));
    }

    @Test
    void aKioskWithTheCountysCaConnectsOverTlsAndOneWithoutCannot() throws Exception {
        Assumptions.assumeTrue(Mosquitto.installed() && Files.isExecutable(Path.of("/usr/bin/openssl")),
                "mosquitto and openssl are needed");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
                "-subj", "/CN=Test County CA");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "broker.key", "-out", "broker.csr", "-subj",
                "/CN=localhost");
        Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        openssl("x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
                "broker.pem", "-days", "2", "-extfile", "ext.cnf");

        Path data = dir.resolve("hub");
        int tlsPort = Mosquitto.freePort();
        int hubPort = Mosquitto.freePort();
        CountyTestKit.run("init", "--data", data.toString(), "--county", "360781", "--broker",
                "tcp://127.0.0.1:" + hubPort);
        CountyTestKit.run("register", "--data", data.toString(), "--station", "QS-001", "--pubkey",
                CountyTestKit.devicePub(dir, "QS-001").toString());
        CountyTestKit.Run conf = CountyTestKit.run("broker-config", "--data", data.toString(), "--out",
                dir.resolve("conf").toString(), "--port", String.valueOf(tlsPort), "--hub-port", String.valueOf(hubPort),
                "--cert", dir.resolve("broker.pem").toString(), "--key", dir.resolve("broker.key").toString(),
                "--persistence", dir.resolve("persist").toString());
        assertEquals(0, conf.exit(), conf.err());

        Path keys = dir.resolve("county-keys.pub");
        Files.writeString(keys, PublisherKey.of(java.security.KeyPairGenerator.getInstance("Ed25519")
                .generateKeyPair().getPublic()).encoded() + "\n");
        Path credential = new HubHome(data).credentialFile("QS-001");
        FleetCredential hub = new HubHome(data).hubCredential();
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(2);
        try (Mosquitto broker = Mosquitto.including(dir.resolve("broker"), tlsPort, dir.resolve("conf"));
             MqttProbe county = MqttProbe.as("tcp://127.0.0.1:" + hubPort, hub.user(), new String(hub.password()),
                     FleetTopics.countyFilter("360781"))) {
            KioskConfig config = new ConfigLoader().parse("[station]\ncode = \"QS-001\"\n[data]\ndir = \""
                    + dir.resolve("kiosk") + "\"\n[fleet]\nbroker_url = \"ssl://localhost:" + tlsPort + "\"\n"
                    + "county = \"360781\"\ncredential_file = \"" + credential + "\"\ncounty_keys_file = \"" + keys
                    + "\"\nca_file = \"" + dir.resolve("ca.pem") + "\"\n", "kiosk.toml");
            FleetClient kiosk = KioskFleet.open(config, config.fleet().orElseThrow(), new FakeFacts(),
                    FleetActions.none(), Optional.empty(), threads, threads, Clock.systemUTC()).start();
            try {
                // Generous: it failed twice in full county runs on a loaded machine (never alone); a TLS retry waits its backoff.
                Await.until("connected over TLS", Duration.ofSeconds(60), kiosk::connected);
                county.await("its state, on the hub's loopback listener", Duration.ofSeconds(60),
                        m -> m.topic().endsWith("/QS-001/state") && m.text().contains("\"online\":true"));
            } finally {
                kiosk.close();
            }
            KioskConfig.Fleet noCa = config.fleet().orElseThrow();
            KioskConfig untrusting = config.withFleet(Optional.of(new KioskConfig.Fleet(noCa.brokerUrl(),
                    noCa.county(), noCa.credentialFile(), noCa.countyKeysFile(), "", noCa.telemetryEvery(),
                    noCa.outboxMax(), noCa.screenshotMaxBytes())).map(f -> f)).withDataDir(dir.resolve("kiosk2"));
            FleetClient stranger = KioskFleet.open(untrusting, untrusting.fleet().orElseThrow(), new FakeFacts(),
                    FleetActions.none(), Optional.empty(), threads, threads, Clock.systemUTC()).start();
            try {
                TimeUnit.SECONDS.sleep(3);
                assertFalse(stranger.connected(), "a certificate of an unknown CA must not be trusted");
            } finally {
                stranger.close();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
