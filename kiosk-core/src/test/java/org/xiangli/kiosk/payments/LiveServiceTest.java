package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
import org.xiangli.kiosk.payments.lookup.PayUrlHosts;
import org.xiangli.kiosk.payments.lookup.SourceUnavailableException;
import org.xiangli.kiosk.payments.model.PaymentRecord;

/** The live service over a real HTTP server on loopback, and the fallback to the ledger when it fails. */
class LiveServiceTest {

    private static final String PAY_HOST = "pay.qingshi.example";

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
        ledger = new LedgerFixture(dir, live(Duration.ofMillis(500)));
        ledger.importDemo();
    }

    /** The service on the test's loopback server, with the demo ledger's pay host allowed. */
    private LiveService live(Duration timeout) {
        return new LiveService(HttpClient.newHttpClient(), URI.create(serverUrl()), Optional.of("s3cret"), timeout,
                new LedgerFixture.MutableClock(LedgerFixture.NOW), PayUrlHosts.of(List.of(PAY_HOST)));
    }

    private String serverUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
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
    void aPayUrlToAHostNotAllowedIsDroppedSoNoQrLeadsThere() {
        Payer wang = ledger.payers.get(0);
        List<PaymentRecord> unpaid = wang.records().stream().filter(PaymentRecord::payable).limit(1).toList();
        assertEquals(1, unpaid.size(), "the demo ledger has an unpaid bill with a pay URL");
        PaymentRecord bill = unpaid.getFirst();
        List<PaymentRecord> answered = List.of(bill, bill.withPayUrl("https://pay-qingshi.example.net/b/1"),
                bill.withPayUrl("http://" + PAY_HOST + "/b/1"), bill.withPayUrl("https://" + PAY_HOST + ".evil.cn/"),
                bill.withPayUrl("https://x@" + PAY_HOST + "/b/1"), bill.withPayUrl("https://" + PAY_HOST + ":8443/"));
        handler.set(ex -> reply(ex, 200, "{\"payer\":" + new String(LedgerJson.toJson(wang.withRecords(answered)),
                StandardCharsets.UTF_8) + "}"));

        LookupOutcome.Found found = assertInstanceOf(LookupOutcome.Found.class,
                ledger.module.desk().byCard(DemoIdentities.WANG_XIUYING));

        assertTrue(found.freshness().live());
        List<String> urls = found.payer().records().stream().map(PaymentRecord::payUrl).toList();
        assertEquals(List.of(bill.payUrl(), "", "", "", "", ""), urls);
    }

    @Test
    void aPlainHttpServiceIsRefusedUnlessItIsThisMachinesLoopback() {
        for (String url : List.of("http://county.example/api", "http://192.168.1.20/api", "ftp://county.example/",
                "https://user:pw@county.example/api")) {
            assertThrows(IllegalArgumentException.class, () -> new LiveService(HttpClient.newHttpClient(),
                    URI.create(url), Optional.empty(), Duration.ofSeconds(1), Clock.systemUTC(),
                    PayUrlHosts.of(List.of())), url);
        }
        for (String url : List.of("https://county.example/api", "http://127.0.0.1:8443/api", "http://[::1]/api",
                "http://localhost:9000/")) {
            new LiveService(HttpClient.newHttpClient(), URI.create(url), Optional.empty(), Duration.ofSeconds(1),
                    Clock.systemUTC(), PayUrlHosts.of(List.of()));
        }
    }

    @Test
    void anEndlessAnswerIsCutAtTheLimitInsteadOfBeingReadWhole() throws Exception {
        CompletableFuture<Long> sent = new CompletableFuture<>();
        handler.set(ex -> {
            long written = 0;
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try {
                ex.sendResponseHeaders(200, 0);
                while (written < 64L << 20) {
                    ex.getResponseBody().write(chunk);
                    written += chunk.length;
                }
            } catch (IOException clientHungUp) {
                // What the test wants: the kiosk stopped reading.
            } finally {
                sent.complete(written);
            }
        });

        assertThrows(SourceUnavailableException.class,
                () -> live(Duration.ofSeconds(20)).findPayer(DemoIdentities.WANG_XIUYING.idNumber()));

        long written = sent.get(20, TimeUnit.SECONDS);
        assertTrue(written < 24L << 20, "the server could send " + written + " bytes");
    }

    @Test
    void anAnswerAnnouncedLargerThanTheLimitIsRefusedWithoutWaitingForIt() {
        handler.set(ex -> {
            ex.sendResponseHeaders(200, 1L << 30);
            // The server sends its headers with the first body bytes; then it holds the rest back.
            ex.getResponseBody().write('{');
            ex.getResponseBody().flush();
            release.await();
        });
        long start = System.nanoTime();

        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> live(Duration.ofSeconds(20)).findPayer(DemoIdentities.WANG_XIUYING.idNumber()));

        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "refused at the headers");
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
