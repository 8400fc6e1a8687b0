package org.xiangli.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.testing.Mosquitto;
import org.xiangli.kiosk.testing.MqttProbe;

/** A kiosk process killed with SIGKILL says no goodbye: the broker's last will tells the county it is offline. */
class LastWillTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aKilledKioskIsReportedOfflineByTheBrokerAndThatStateIsRetained() throws Exception {
        Assumptions.assumeTrue(Mosquitto.installed(), "mosquitto is not installed");
        FleetTopics topics = new FleetTopics(FleetTestKit.COUNTY, "QS-009");
        try (Mosquitto broker = Mosquitto.start(dir);
             MqttProbe hub = MqttProbe.subscribe(broker.url(), topics.state())) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process kiosk = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                    System.getProperty("java.class.path"), FleetChild.class.getName(), broker.url(), "QS-009")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(kiosk.getInputStream(),
                        StandardCharsets.UTF_8));
                // The child's own limit: a child that never connects fails the test instead of hanging it.
                assertEquals("connected", CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (java.io.IOException e) {
                        return e.toString();
                    }
                }).get(60, TimeUnit.SECONDS));
                hub.await("online", WAIT, m -> m.text().contains("\"online\":true"));
            } finally {
                kiosk.destroyForcibly(); // SIGKILL: no goodbye, the socket just closes
                assertTrue(kiosk.waitFor(10, TimeUnit.SECONDS));
            }
            MqttProbe.Message will = hub.await("the last will", WAIT, m -> m.text().contains("\"online\":false"));
            StateReport offline = FleetJson.read(will.payload(), StateReport.class);
            assertFalse(offline.online());
            assertEquals("QS-009", offline.station());

            try (MqttProbe later = MqttProbe.subscribe(broker.url(), topics.state())) {
                MqttProbe.Message retained = later.await("retained offline", WAIT, m -> true);
                assertTrue(retained.retained());
                assertTrue(retained.text().contains("\"online\":false"), retained.text());
            }
        }
    }
}
