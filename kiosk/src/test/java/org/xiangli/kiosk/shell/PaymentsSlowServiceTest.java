package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.payments.DemoLedger;
import org.xiangli.kiosk.payments.screens.IdentifyScreen;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.screens.PaymentResultsScreen;
import org.xiangli.kiosk.payments.ledger.LedgerJson;

/**
 * A live payments service on loopback that answers only when the test lets it: the lookup runs off the UI thread,
 * the page shows "正在查询…" meanwhile, and a session that ends before the answer comes never shows it.
 */
class PaymentsSlowServiceTest {

    @TempDir
    Path dataDir;

    HttpServer server;
    ExecutorService serverThreads;
    /** The service holds every answer until this opens. */
    final CountDownLatch answer = new CountDownLatch(1);
    final CountDownLatch asked = new CountDownLatch(1);
    final AtomicInteger answered = new AtomicInteger();
    KioskFixture kiosk;
    KioskShell shell;

    @BeforeEach
    void start() throws IOException {
        Payer wang = DemoLedger.demo("DEMO-001", LocalDate.of(2026, 11, 23)).stream()
                .filter(p -> p.idNumber().equals(DemoIdentities.WANG_XIUYING.idNumber())).findFirst().orElseThrow();
        // The live answer differs from the ledger (two records), so the screen tells which one it shows.
        byte[] body = ("{\"as_of\":\"2026-11-23T01:59:00Z\",\"payer\":" + new String(LedgerJson.toJson(
                wang.withRecords(wang.records().subList(0, 2))), StandardCharsets.UTF_8) + "}")
                .getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/api/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                asked.countDown();
                if (!answer.await(60, TimeUnit.SECONDS)) {
                    return;
                }
                // Counted before the kiosk can see the answer, so a test that saw the lookup end sees the count.
                answered.incrementAndGet();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
        kiosk = new KioskFixture(dataDir, 1920, 1080, Locale.SIMPLIFIED_CHINESE, c -> {
            KioskConfig.Payments p = c.payments();
            // The longest timeout the config allows: the answer comes when the test says, never by timeout.
            return c.withPayments(new KioskConfig.Payments(url, p.payUrlHosts(), "", Duration.ofSeconds(30), p.keyFile(),
                    p.trustedKeys(), p.factorAttempts(), p.lockout(), p.idle()));
        });
        shell = kiosk.shell();
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
    }

    @AfterEach
    void stop() {
        answer.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
        kiosk.close();
    }

    @Test
    void whileTheServiceIsSlowThePageSaysSoAndTheUiThreadStaysFree() throws Exception {
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.WANG_XIUYING));
        assertTrue(asked.await(30, TimeUnit.SECONDS), "the kiosk asked the live service");

        IdentifyScreen identify = assertInstanceOf(IdentifyScreen.class, kiosk.ui().call(shell::current));
        assertTrue(kiosk.ui().call(identify::isWaiting));
        assertTrue(everyText(shell.root()).contains("正在查询…"));
        kiosk.screenshot("payments-searching");
        // A probe through the UI thread, and a tick of the idle countdown, while the service still holds its
        // answer: with the lookup on the UI thread neither could run before the answer (or the timeout).
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(5)));
        assertFalse(kiosk.app().workers().idle(), "the lookup is still in flight");
        assertEquals(0, answered.get());
        assertTrue(kiosk.ui().call(() -> shell.header().node().isVisible()));

        answer.countDown();

        PaymentResultsScreen results = awaitScreen(PaymentResultsScreen.class);
        String text = everyText(shell.root());
        assertTrue(text.contains("王*英"), text);
        assertFalse(text.contains("网络未连接"), "the live answer, not the ledger");
        assertFalse(kiosk.ui().call(identify::isWaiting));
        assertTrue(results.holdsPayer());
    }

    @Test
    void goingHomeWhileTheLookupRunsDropsItsAnswer() throws Exception {
        endsWhileInFlight(s -> s.goHome());
    }

    @Test
    void theIdleCountdownEndingWhileTheLookupRunsDropsItsAnswer() throws Exception {
        endsWhileInFlight(s -> s.advanceIdle(Duration.ofSeconds(60)));
    }

    @Test
    void aSecondCardReplacesTheLookupOfTheFirst() throws Exception {
        IdentityCard stranger = new IdentityCard("赵无名", DemoIdentities.LI_JIANGUO.sex(),
                DemoIdentities.LI_JIANGUO.nation(), DemoIdentities.LI_JIANGUO.birthDate(), "青石县",
                DemoLedger.idNumber(55_555), DemoIdentities.LI_JIANGUO.issuer(),
                DemoIdentities.LI_JIANGUO.validFrom(), DemoIdentities.LI_JIANGUO.validUntil());
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.WANG_XIUYING));
        assertTrue(asked.await(30, TimeUnit.SECONDS));
        kiosk.ui().run(() -> shell.onCardRead(stranger));

        answer.countDown();
        awaitNoLookup();

        // Both answers came back (the service answers everyone as Wang), but only the last card's is shown.
        assertEquals(2, answered.get());
        assertInstanceOf(PaymentResultsScreen.class, kiosk.ui().call(shell::current));
        assertEquals(3, kiosk.ui().call(shell::depth), "home, identify, one results page");
    }

    private void endsWhileInFlight(Consumer<KioskShell> end) throws Exception {
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.WANG_XIUYING));
        assertTrue(asked.await(30, TimeUnit.SECONDS));
        IdentifyScreen identify = assertInstanceOf(IdentifyScreen.class, kiosk.ui().call(shell::current));

        kiosk.ui().run(() -> end.accept(shell));
        assertEquals(1, kiosk.ui().call(shell::depth));
        answer.countDown();
        awaitNoLookup();

        assertEquals(1, answered.get(), "the service did answer, after the session ended");
        assertEquals(1, kiosk.ui().call(shell::depth), "still home: the late answer opened nothing");
        assertTrue(kiosk.ui().call(() -> shell.session().isEmpty()));
        assertFalse(kiosk.ui().call(identify::isWaiting));
        String after = everyText(shell.root()) + everyText((Parent) identify.view());
        IdentityCard wang = DemoIdentities.WANG_XIUYING;
        assertFalse(after.contains("王*英"), "masked name");
        assertFalse(after.contains(wang.name()), "full name");
        assertFalse(after.contains(wang.idNumber().masked()), "masked ID number");
        assertFalse(after.contains(wang.idNumber().value()), "ID number");
        assertFalse(after.contains(wang.address()), "address");
        assertEquals("", kiosk.ui().call(() -> identify.feedback().getText()));
    }

    /** Waits until no lookup runs, then until the UI thread handled what the last one handed it. */
    private void awaitNoLookup() {
        kiosk.settle();
    }

    private <T> T awaitScreen(Class<T> type) {
        kiosk.settle();
        return assertInstanceOf(type, kiosk.ui().call(shell::current));
    }

    /** Every text in the tree, visible or not: what the UI can still reach. */
    private String everyText(Parent root) {
        return kiosk.ui().call(() -> SceneWalker.everyText(root));
    }
}
