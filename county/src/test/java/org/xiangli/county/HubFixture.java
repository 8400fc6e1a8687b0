package org.xiangli.county;

import java.net.CookieManager;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.xiangli.county.broker.EmbeddedBroker;
import org.xiangli.county.broker.MosquittoPasswords;
import org.xiangli.county.cli.ServeCommand;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.StationRepository;
import org.xiangli.county.store.UserRepository;
import org.xiangli.county.web.HubLogin;
import org.xiangli.kiosk.fleet.FakeFacts;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.FleetClient;
import org.xiangli.kiosk.fleet.FleetTestKit;
import org.xiangli.kiosk.fleet.KioskFleet;
import org.xiangli.kiosk.fleet.MemoryOutbox;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.testing.Mosquitto;

/**
 * A county hub on an embedded broker with a county key, users of each role, and registered stations whose kiosks a
 * test starts ({@link #kiosk}) on the kiosk's real fleet client; and a logged-in HTTP client for its pages.
 */
public final class HubFixture implements AutoCloseable {

    public static final String COUNTY = FleetTestKit.COUNTY;
    public static final String PASSWORD = "county-test-password";

    public final Path data;
    public final HubHome home;
    public final PublisherKeyFiles.Signer countyKey;
    public final EmbeddedBroker broker;
    public final Hub hub;
    private final FleetTestKit kit = new FleetTestKit();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final List<FleetClient> kiosks = new ArrayList<>();

    public HubFixture(Path data, Duration offlineAfter, String... stations) throws Exception {
        this.data = data;
        int brokerPort = Mosquitto.freePort();
        this.home = HubHome.init(data, COUNTY, "tcp://127.0.0.1:" + brokerPort);
        Path keys = data.resolve("county-key");
        PublisherKeyFiles.generate(keys);
        Files.copy(keys.resolve(PublisherKeyFiles.PRIVATE_FILE), data.resolve(HubHome.COUNTY_KEY),
                StandardCopyOption.COPY_ATTRIBUTES);
        this.countyKey = home.countyKey(Optional.empty()).orElseThrow();
        try (HubDatabase db = HubDatabase.open(home.database())) {
            for (String s : stations) {
                String pw = MosquittoPasswords.newPassword();
                passwords.put(s, pw);
                new StationRepository(db).register(s, "", MosquittoPasswords.hash(pw.toCharArray()),
                        Clock.systemUTC().instant());
            }
            UserRepository users = new UserRepository(db);
            users.put("admin", "admin", HubLogin.hash(PASSWORD));
            users.put("tech", "technician", HubLogin.hash(PASSWORD));
            users.put("viewer", "viewer", HubLogin.hash(PASSWORD));
        }
        this.broker = ServeCommand.startEmbedded(home, COUNTY, home.hubCredential(), brokerPort);
        this.hub = Hub.start(home, new Hub.Options(COUNTY, broker.url(), home.hubCredential(), "127.0.0.1", 0,
                offlineAfter, ZoneId.of("Asia/Shanghai"), Optional.of(countyKey), Optional.empty(), Duration.ofDays(90)),
                Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    /** A kiosk of a registered station, started, with the facts and actions given. */
    public FleetClient kiosk(String station, FakeFacts facts, FleetActions actions) {
        FleetClient.Settings s = FleetTestKit.settings(broker.url(), station);
        FleetClient client = KioskFleet.client(new FleetClient.Settings(s.brokerUrl(), s.topics(), station,
                        passwords.get(station).toCharArray(), s.telemetryEvery(), s.watchEvery(), s.keepAlive(),
                        s.backoff(), Optional.empty(), Optional.empty()),
                new TrustedKeys(List.of(countyKey.publicKey())), facts, actions, Optional.empty(),
                ZoneId.of("Asia/Shanghai"), 512 * 1024, new MemoryOutbox(100), kit.executor, kit.timer, kit.clock);
        kiosks.add(client);
        return client.start();
    }

    public String password(String station) {
        return passwords.get(station);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + hub.port() + path;
    }

    /** An HTTP client with its own cookies; {@link Browser#login} logs it in. */
    public Browser browser() {
        return new Browser();
    }

    public final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf;

        public HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<byte[]> bytes(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Logs in; the answer to the login POST. */
        public HttpResponse<String> login(String user, String password) throws Exception {
            String token = field(get("/login").body(), "_csrf");
            HttpResponse<String> r = post("/login", Map.of("_csrf", token, "username", user, "password", password));
            if (r.statusCode() == 302) {
                csrf = field(get("/").body(), "_csrf");
            }
            return r;
        }

        public String csrf() {
            return csrf;
        }
    }

    public static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no field " + name + " in " + html);
        }
        return m.group(1);
    }

    @Override
    public void close() {
        kiosks.forEach(FleetClient::close);
        hub.close();
        broker.close();
        kit.close();
    }
}
