package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.payments.ledger.LedgerJson;
import org.xiangli.kiosk.payments.lookup.LiveService;

/** The live service over a real HTTP server on loopback, and the fallback to the ledger when it fails. */
class LiveServiceTest {

    @TempDir
    Path dir;

    HttpServer server;
    final AtomicReference<Handler> handler = new AtomicReference<>();
    final AtomicReference<String> authorization = new AtomicReference<>();
    final AtomicReference<String> requestBody = new AtomicReference<>();
    final CountDownLatch release = new CountDownLatch(1);
    LedgerFixture ledger;

    interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                handler.get().handle(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
        LiveService live = new LiveService(HttpClient.newHttpClient(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api"), Optional.of("s3cret"),
                Duration.ofMillis(500), new LedgerFixture.MutableClock(LedgerFixture.NOW));
        ledger = new LedgerFixture(dir, live);
        ledger.importDemo();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        ledger.close();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Test
    void aLiveAnswerIsShownAsLiveAndTheNumberTravelsInTheBodyWithTheToken() {
        Payer fresh = ledger.payers.get(0).withRecords(ledger.payers.get(0).records().subList(0, 2));
        handler.set(ex -> reply(ex, 200, "{\"as_of\":\"2026-11-23T01:59:00Z\",\"payer\":"
                + new String(LedgerJson.toJson(fresh), StandardCharsets.UTF_8) + "}"));

        LookupOutcome outcome = ledger.module.desk().byCard(DemoIdentities.WANG_XIUYING);

        LookupOutcome.Found found = assertInstanceOf(LookupOutcome.Found.class, outcome);
        assertTrue(found.freshness().live());
        assertEquals(2, found.payer().records().size());
        assertEquals("Bearer s3cret", authorization.get());
        assertTrue(requestBody.get().contains(DemoIdentities.WANG_XIUYING.idNumber().value()));
    }

    @Test
    void notFoundLiveIsNotFound() {
        handler.set(ex -> reply(ex, 404, ""));

        assertInstanceOf(LookupOutcome.NotFound.class, ledger.module.desk().byCard(DemoIdentities.WANG_XIUYING));
    }

    @Test
    void aServerErrorFallsBackToTheLedgerWhichSaysHowOldItIs() {
        handler.set(ex -> reply(ex, 500, "oops"));

        assertFallback();
    }

    @Test
    void malformedJsonFallsBackToTheLedger() {
        handler.set(ex -> reply(ex, 200, "{\"as_of\": \"2026-11-23T01:59:00Z\", \"payer\": {\"id\": 12"));

        assertFallback();
    }

    @Test
    void wellFormedJsonOfTheWrongShapeFallsBackToTheLedger() {
        handler.set(ex -> reply(ex, 200, "{\"payer\": {\"id\": \"123\", \"records\": \"none\"}}"));

        assertFallback();
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeFallsBackToTheLedger() {
        handler.set(ex -> {
            // Hold the request until the test ends: the client's timeout, not the server, must end the wait.
            release.await();
            reply(ex, 200, "{}");
        });

        assertFallback();
    }

    @Test
    void aServiceThatIsNotThereFallsBackToTheLedger() {
        server.stop(0);

        assertFallback();
    }

    private void assertFallback() {
        LookupOutcome outcome = ledger.module.desk().byCard(DemoIdentities.WANG_XIUYING);

        LookupOutcome.Found found = assertInstanceOf(LookupOutcome.Found.class, outcome);
        assertFalse(found.freshness().live());
        assertTrue(found.freshness().liveFailed(), "the screen must say the network is down");
        assertEquals(LedgerFixture.NOW.minusSeconds(86_400 * 3), found.freshness().asOf());
        assertEquals(14, found.payer().records().size());
    }
}
