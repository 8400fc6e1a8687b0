package org.xiangli.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.county.alerts.AlertRules;
import org.xiangli.kiosk.fleet.FakeFacts;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.FleetClient;
import org.xiangli.kiosk.fleet.FleetJson;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.fleet.StateReport;
import org.xiangli.kiosk.testing.Await;
import org.xiangli.kiosk.testing.MqttProbe;

/** The hub on an embedded broker with kiosks on the real fleet client: what they report shows, alerts, commands. */
class HubTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private HubFixture county;

    @BeforeEach
    void start() throws Exception {
        county = new HubFixture(dir, Duration.ZERO, "QS-001", "QS-002");
    }

    @AfterEach
    void stop() {
        county.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return FleetJson.mapper().readTree(r.body());
    }

    private JsonNode station(HubFixture.Browser browser, String code) throws Exception {
        return json(browser.get("/api/stations/" + code));
    }

    private final FleetActions screen = new FleetActions() {
        @Override
        public void syncNow() {
        }

        @Override
        public void showNotice(String text, Instant until) {
        }

        @Override
        public CompletableFuture<byte[]> screenshot() {
            return CompletableFuture.completedFuture(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        }

        @Override
        public Map<String, StateReport.DeviceReport> selftest() {
            return Map.of();
        }

        @Override
        public void restart() {
        }
    };

    @Test
    void kiosksReportAndTheDashboardShowsThemOnlineWithTodaysFigures() throws Exception {
        FakeFacts facts = new FakeFacts();
        county.kiosk("QS-001", facts, screen);
        county.kiosk("QS-002", new FakeFacts(), screen);
        HubFixture.Browser browser = county.browser();
        assertEquals(302, browser.login("viewer", HubFixture.PASSWORD).statusCode());
        Await.until("both online with telemetry", WAIT, () -> {
            try {
                return station(browser, "QS-001").path("telemetryId").isTextual()
                        && station(browser, "QS-002").path("online").asBoolean();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String page = browser.get("/").body();
        assertTrue(page.contains("QS-001") && page.contains("QS-002"), page);
        assertTrue(page.contains("id=\"count-online\">2<"), page);
        String stationPage = browser.get("/station/QS-001").body();
        assertTrue(stationPage.contains("打印机") && stationPage.contains("第 7 版"), stationPage);
        assertFalse(stationPage.contains("cmd-screenshot"), "a viewer sees no command buttons");
    }

    @Test
    void paperOutAndOfflineRaiseAlertsThatCloseWhenFixed() throws Exception {
        FakeFacts facts = new FakeFacts();
        FleetClient kiosk = county.kiosk("QS-001", facts, screen);
        HubFixture.Browser browser = county.browser();
        browser.login("tech", HubFixture.PASSWORD);
        Await.until("online", WAIT, kiosk::connected);
        facts.printer("user_error", "out");
        Await.until("paper-out alert", WAIT, () -> {
            county.hub.rules().check();
            try {
                return station(browser, "QS-001").path("alerts").toString().contains(AlertRules.PAPER_OUT);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(browser.get("/alerts").body().contains("缺纸"));
        facts.printer("online", "ok");
        Await.until("paper-out closed", WAIT, () -> {
            county.hub.rules().check();
            try {
                return !station(browser, "QS-001").path("alerts").toString().contains(AlertRules.PAPER_OUT);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        kiosk.close();
        Await.until("offline alert", WAIT, () -> {
            county.hub.rules().check();
            try {
                JsonNode s = station(browser, "QS-001");
                return !s.path("online").asBoolean() && s.path("alerts").toString().contains(AlertRules.OFFLINE);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aTechnicianTakesAScreenshotFromTheStationPage() throws Exception {
        county.kiosk("QS-001", new FakeFacts(), screen);
        HubFixture.Browser browser = county.browser();
        browser.login("tech", HubFixture.PASSWORD);
        Await.until("online", WAIT, () -> {
            try {
                return station(browser, "QS-001").path("online").asBoolean();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(browser.get("/station/QS-001").body().contains("cmd-screenshot"));
        HttpResponse<String> sent = browser.post("/station/QS-001/command", Map.of("_csrf", browser.csrf(),
                "verb", "screenshot"));
        assertEquals(302, sent.statusCode(), sent.body());
        Await.until("the screenshot on the page", WAIT, () -> {
            try {
                return browser.get("/station/QS-001").body().contains("/station/QS-001/screenshot/");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        String page = browser.get("/station/QS-001").body();
        String src = page.replaceAll("(?s).*src=\"(/station/QS-001/screenshot/\\d+\\.png)\".*", "$1");
        HttpResponse<byte[]> png = browser.bytes(src);
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals((byte) 0x89, png.body()[0]);
        assertTrue(page.contains("完成"), "the command's reply is shown: " + page);
        // A technician may not restart a kiosk: that is the county admin's.
        assertEquals(403, browser.post("/station/QS-001/command", Map.of("_csrf", browser.csrf(), "verb", "restart"))
                .statusCode());
    }

    @Test
    void pagesNeedALoginChangesNeedTheCsrfTokenAndGuessingPasswordsLocksTheAccount() throws Exception {
        HubFixture.Browser anonymous = county.browser();
        assertEquals(401, anonymous.get("/api/stations").statusCode());
        assertEquals(302, anonymous.get("/").statusCode());
        HubFixture.Browser admin = county.browser();
        admin.login("admin", HubFixture.PASSWORD);
        assertEquals(403, admin.post("/station/QS-001/command", Map.of("verb", "restart")).statusCode());
        assertEquals(403, admin.post("/users", Map.of("_csrf", "forged", "name", "eve", "role", "admin",
                "password", "0123456789ab")).statusCode());
        HubFixture.Browser guesser = county.browser();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.login("tech", "wrong-password-" + i).statusCode());
        }
        HttpResponse<String> locked = guesser.login("tech", HubFixture.PASSWORD);
        assertEquals(401, locked.statusCode());
        assertTrue(locked.body().contains("已锁定"), locked.body());
        assertEquals(401, county.browser().login("nobody", HubFixture.PASSWORD).statusCode());
    }

    @Test
    void onTheEmbeddedBrokerToOneKioskCannotPublishAsAnother() throws Exception {
        FleetTopics b = new FleetTopics(HubFixture.COUNTY, "QS-002");
        try (MqttProbe kioskA = MqttProbe.as(county.broker.url(), "QS-001", county.password("QS-001"), null);
             MqttProbe hubView = MqttProbe.as(county.broker.url(), "hub",
                     new String(county.home.hubCredential().password()), FleetTopics.countyFilter(HubFixture.COUNTY))) {
            // QoS 0: Moquette drops a refused publish without acknowledging it.
            kioskA.publishOnce(b.state(), "{\"v\":1,\"online\":true,\"station\":\"QS-002\",\"forged\":1}"
                    .getBytes(StandardCharsets.UTF_8));
            kioskA.publish(new FleetTopics(HubFixture.COUNTY, "QS-001").events(),
                    "{\"v\":1,\"mine\":true}".getBytes(StandardCharsets.UTF_8), false);
            hubView.await("A's own event", WAIT, m -> m.text().contains("\"mine\":true"));
            assertFalse(hubView.messages().stream().anyMatch(m -> m.text().contains("forged")));
        }
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> MqttProbe.as(county.broker.url(), "QS-001", "not-the-password", null));
    }
}
