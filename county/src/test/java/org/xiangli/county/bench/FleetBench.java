package org.xiangli.county.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.xiangli.county.HubHome;
import org.xiangli.county.broker.BrokerConfig;
import org.xiangli.county.broker.MosquittoPasswords;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.StationRepository;
import org.xiangli.county.store.UserRepository;
import org.xiangli.county.web.HubLogin;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.fleet.FleetJson;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.testing.Mosquitto;

/**
 * The fleet benchmark (bench/fleet.sh), printing numbers: a real Mosquitto with the county's generated config
 * (passwords, ACL), the hub ({@code county.jar serve}) in its own JVM, N simulated kiosks ({@code county.jar
 * simulate}: the kiosk's fleet client, one MQTT connection each) in another, each sending telemetry every 10 s.
 * Measures the telemetry ingest rate and the delay from a kiosk's report to the dashboard's API (p50/p99), the hub's
 * resident memory, and, after the kiosks' process is killed (SIGKILL: the broker drops their connections and sends
 * their last wills), how long until the dashboard shows every kiosk offline.
 */
public final class FleetBench {

    private static final String PASSWORD = "bench-password-2026";

    private FleetBench() {
    }

    public static void main(String[] args) throws Exception {
        int kiosks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path jar = Path.of(args.length > 2 ? args[2] : "county/target/county.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("xiangli-fleet-bench");
        Path data = work.resolve("hub");
        int brokerPort = Mosquitto.freePort();
        int webPort = Mosquitto.freePort();
        HubHome home = HubHome.init(data, "BENCH", "tcp://127.0.0.1:" + brokerPort);
        PublisherKeyFiles.generate(work.resolve("key"));
        Files.copy(work.resolve("key").resolve(PublisherKeyFiles.PRIVATE_FILE), data.resolve(HubHome.COUNTY_KEY),
                StandardCopyOption.COPY_ATTRIBUTES);
        long t0 = System.nanoTime();
        try (HubDatabase db = HubDatabase.open(home.database())) {
            StationRepository stations = new StationRepository(db);
            for (int i = 1; i <= kiosks; i++) {
                String code = String.format("B-%05d", i);
                String pw = MosquittoPasswords.newPassword();
                stations.register(code, "", MosquittoPasswords.hash(pw.toCharArray()), Instant.now());
                HubHome.writeSecret(home.credentialFile(code), FleetCredential.text("BENCH", code, pw,
                        Optional.empty()));
            }
            new UserRepository(db).put("bench", "viewer", HubLogin.hash(PASSWORD));
            FleetCredential hub = home.hubCredential();
            BrokerConfig.write(work.resolve("conf"), work.resolve("conf"), "BENCH", hub.user(),
                    MosquittoPasswords.hash(hub.password()), stations.registered(), brokerPort, Optional.empty(),
                    Optional.of(work.resolve("persist")));
        }
        System.out.printf("registered %d stations, broker config written: %d ms%n", kiosks,
                (System.nanoTime() - t0) / 1_000_000);

        List<Process> processes = new ArrayList<>();
        try (Mosquitto broker = Mosquitto.including(work.resolve("broker"), brokerPort, work.resolve("conf"))) {
            List<String> hubCommand = new ArrayList<>(List.of(java));
            String hubOptions = System.getenv().getOrDefault("HUB_JAVA_OPTS", "");
            if (!hubOptions.isBlank()) {
                hubCommand.addAll(List.of(hubOptions.strip().split("\\s+")));
            }
            hubCommand.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "serve", "--data",
                    data.toString(), "--port", String.valueOf(webPort), "--host", "127.0.0.1"));
            System.out.println("hub: " + String.join(" ", hubCommand.subList(1, hubCommand.size())));
            Process hub = start(processes, work.resolve("hub.log"), hubCommand.toArray(String[]::new));
            awaitPort(webPort, Duration.ofSeconds(60));
            Api api = new Api("http://127.0.0.1:" + webPort);
            Process sim = start(processes, work.resolve("simulate.log"), java, "-Xss256k", "-jar", jar.toString(),
                    "simulate", "--data", data.toString(), "--count", String.valueOf(kiosks), "--every", "10",
                    "--ramp", "30");
            long connectStart = System.nanoTime();
            while (api.online() < kiosks) {
                if (System.nanoTime() - connectStart > TimeUnit.SECONDS.toNanos(240)) {
                    throw new IllegalStateException("only " + api.online() + " of " + kiosks + " online after 240 s");
                }
                Thread.sleep(500);
            }
            System.out.printf("all %d kiosks online %.1f s after the simulator started (connects spread over 30 s)%n",
                    kiosks, (System.nanoTime() - connectStart) / 1e9);

            // Steady state: every kiosk reports every 10 s; poll the API and time each new report's arrival.
            Thread.sleep(15_000);
            Map<String, String> lastId = new HashMap<>();
            api.snapshot().forEach((code, s) -> lastId.put(code, s.path("telemetryId").asText()));
            List<Long> delays = new ArrayList<>();
            long pollNanos = 0;
            int polls = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long rssMax = 0;
            long hubCpu = cpuMillis(hub.pid());
            long brokerCpu = cpuMillis(broker.pid());
            long simCpu = cpuMillis(sim.pid());
            long windowStart = System.nanoTime();
            while (System.nanoTime() < end) {
                long before = System.nanoTime();
                Map<String, JsonNode> now = api.snapshot();
                Instant seen = Instant.now();
                pollNanos += System.nanoTime() - before;
                polls++;
                for (Map.Entry<String, JsonNode> e : now.entrySet()) {
                    String id = e.getValue().path("telemetryId").asText();
                    if (!id.equals(lastId.get(e.getKey()))) {
                        lastId.put(e.getKey(), id);
                        delays.add(Duration.between(Instant.parse(e.getValue().path("telemetryAt").asText()), seen)
                                .toMillis());
                    }
                }
                rssMax = Math.max(rssMax, rssKb(hub.pid()));
                Thread.sleep(250);
            }
            double window = (System.nanoTime() - windowStart) / 1e9;
            System.out.printf("CPU during the window (share of one core): hub %.0f%%, mosquitto %.0f%%, simulator %.0f%%;"
                    + " load average %s%n", (cpuMillis(hub.pid()) - hubCpu) / window / 10,
                    (cpuMillis(broker.pid()) - brokerCpu) / window / 10, (cpuMillis(sim.pid()) - simCpu) / window / 10,
                    Files.readString(Path.of("/proc/loadavg")).strip());
            delays.sort(null);
            System.out.printf("telemetry at the dashboard API: %d reports in %d s = %.0f/s (expected %.0f/s); "
                    + "delay p50 %d ms, p99 %d ms, max %d ms (API polled every ~%d ms, one poll %d ms)%n",
                    delays.size(), seconds, delays.size() / (double) seconds, kiosks / 10.0, pct(delays, 50),
                    pct(delays, 99), delays.isEmpty() ? 0 : delays.getLast(), 250 + pollNanos / polls / 1_000_000,
                    pollNanos / polls / 1_000_000);
            System.out.printf("hub resident memory: %d MB now, %d MB at most during the window%n",
                    rssKb(hub.pid()) / 1024, rssMax / 1024);
            System.out.printf("simulator (%d kiosks, one JVM): %d MB resident; mosquitto: %d MB resident%n", kiosks,
                    rssKb(sim.pid()) / 1024, rssKb(broker.pid()) / 1024);
            try (HubDatabase db = HubDatabase.open(home.database())) {
                long rows = db.transaction(c -> org.xiangli.kiosk.store.Sql.one(c, "SELECT COUNT(*) FROM telemetry",
                        r -> r.getLong(1)).orElse(0L));
                System.out.printf("hub.db: %d telemetry rows, %.1f MB (%.2f KB a report, state and indexes included)%n",
                        rows, Files.size(home.database()) / 1e6, Files.size(home.database()) / 1024.0 / rows);
            }

            long killed = System.nanoTime();
            sim.destroyForcibly();
            sim.waitFor();
            while (api.online() > 0) {
                if (System.nanoTime() - killed > TimeUnit.SECONDS.toNanos(180)) {
                    throw new IllegalStateException(api.online() + " still online 180 s after the kill");
                }
                Thread.sleep(100);
            }
            System.out.printf("simulator killed (SIGKILL): all %d kiosks offline on the dashboard after %.1f s%n",
                    kiosks, (System.nanoTime() - killed) / 1e9);
        } finally {
            processes.forEach(Process::destroy);
            for (Process p : processes) {
                p.waitFor(10, TimeUnit.SECONDS);
                p.destroyForcibly();
            }
        }
        System.out.println("work directory (logs, hub.db): " + work);
    }

    private static Process start(List<Process> processes, Path log, String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        return p;
    }

    private static void awaitPort(int port, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the hub did not listen on " + port);
                }
                Thread.sleep(200);
            }
        }
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** User and system CPU time of a process, in ms (clock ticks of 10 ms). */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** The dashboard's JSON API, logged in as a viewer. */
    static final class Api {
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Api(String base) throws Exception {
            this.base = base;
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]*)\".*", "$1");
            String form = "_csrf=" + token + "&username=bench&password=" + URLEncoder.encode(PASSWORD,
                    StandardCharsets.UTF_8);
            int status = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 302) {
                throw new IllegalStateException("bench login refused: " + status);
            }
        }

        Map<String, JsonNode> snapshot() throws Exception {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stations")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Map<String, JsonNode> out = new HashMap<>();
            FleetJson.mapper().readTree(body).path("stations").forEach(s -> out.put(s.path("code").asText(), s));
            return out;
        }

        int online() throws Exception {
            return (int) snapshot().values().stream().filter(s -> s.path("online").asBoolean()).count();
        }
    }
}
