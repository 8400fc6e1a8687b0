package org.xiangli.county.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xiangli.county.store.AlertRepository;

class WebhookTest {

    @Test
    void aNewAlertIsPostedAsJsonToTheCountysWebhook() throws Exception {
        BlockingQueue<String> received = new ArrayBlockingQueue<>(4);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            new Webhook(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), Runnable::run)
                    .accept(new AlertRepository.Alert(7, "QS-001", AlertRules.PAPER_OUT,
                            Instant.parse("2026-11-30T02:00:00Z"), Optional.empty(), "printer 缺纸 / paper out"));
            String body = received.poll(10, TimeUnit.SECONDS);
            assertTrue(body != null && body.startsWith("application/json"), String.valueOf(body));
            assertEquals("application/json; charset=utf-8 {\"v\":1,\"station\":\"QS-001\",\"kind\":\"paper-out\","
                    + "\"opened\":\"2026-11-30T02:00:00Z\",\"detail\":\"printer 缺纸 / paper out\"}", body);
        } finally {
            server.stop(0);
        }
    }
}
