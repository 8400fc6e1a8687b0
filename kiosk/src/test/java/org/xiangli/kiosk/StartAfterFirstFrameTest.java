package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * Issue 18 took the staff console, the content updates and the start's record off the path to the first frame:
 * they start after it, on a thread of their own. They must still start — the console answers, the start is in the
 * event log — and the first frame comes first. A kiosk in a child JVM, as systemd runs it (no --exit-after-start).
 */
class StartAfterFirstFrameTest {

    @Test
    void theStaffConsoleAndTheStartRecordFollowTheFirstFrame(@TempDir Path data) throws Exception {
        // Given a demo kiosk started with a known staff port
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                "-Dprism.order=sw", "-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
                KioskMain.class.getName(), "--demo", "--headless", "--data", data.toString(),
                "--staff-port", String.valueOf(port)));
        Process kiosk = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        CompletableFuture<Void> consoleUp = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(kiosk.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.contains("staff console on")) {
                        consoleUp.complete(null);
                    }
                }
            } catch (java.io.IOException e) {
                consoleUp.completeExceptionally(e);
            }
            consoleUp.completeExceptionally(new AssertionError("the kiosk ended without a staff console"));
        });
        try {
            // When its staff console says it listens (a loaded build machine may take long to get there)
            consoleUp.get(180, TimeUnit.SECONDS);

            // Then the console answers, and the first home frame was logged before the console started
            HttpResponse<String> display = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/display"))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, display.statusCode(), display::body);
            List<String> seen;
            synchronized (lines) {
                seen = List.copyOf(lines);
            }
            int frame = indexOf(seen, "first home frame");
            int console = indexOf(seen, "staff console on");
            assertTrue(frame >= 0 && frame < console, () -> "the first frame must come before the console:\n"
                    + String.join("\n", seen));
        } finally {
            kiosk.destroy();
            if (!kiosk.waitFor(60, TimeUnit.SECONDS)) {
                kiosk.destroyForcibly();
            }
            reader.join(10_000);
        }

        // And the start is in the kiosk's event log, recorded after the frame
        try (Database db = Database.open(data.resolve("kiosk.db"))) {
            assertTrue(new KioskEventRepository(db).latest(20).stream().anyMatch(e -> e.kind().equals("start")
                    && e.detail().equals("demo")), "no start event");
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
