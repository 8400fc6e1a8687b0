package org.xiangli.county.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.xiangli.county.Hub;
import org.xiangli.county.HubHome;
import org.xiangli.county.broker.EmbeddedBroker;
import org.xiangli.county.broker.MosquittoPasswords;
import org.xiangli.county.demo.SimulatedFleet;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.StationRepository;
import org.xiangli.county.store.UserRepository;
import org.xiangli.county.web.HubLogin;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code county.jar demo}: the hub with an embedded broker and simulated kiosks, to be seen at once. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start the hub with an embedded broker (Moquette) and N simulated kiosks (the kiosk's real "
            + "fleet code, no screen), with a demo county key and an admin login, in a fresh directory.",
            "演示：内置消息服务器和模拟终端，立即可看。"})
public final class DemoCommand implements Callable<Integer> {

    public static final String COUNTY = "DEMO";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "xiangli-demo";

    @Option(names = "--kiosks", paramLabel = "N", defaultValue = "24", description = "simulated kiosks (default ${DEFAULT-VALUE})")
    int kiosks;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8090", description = "dashboard port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--broker-port", paramLabel = "N", defaultValue = "1883",
            description = "the embedded broker's port (default ${DEFAULT-VALUE})")
    int brokerPort;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: a new temporary one)")
    Path dir;

    @Option(names = "--telemetry-seconds", paramLabel = "N", defaultValue = "60",
            description = "how often each simulated kiosk reports (default ${DEFAULT-VALUE})")
    int telemetrySeconds;

    @Option(names = "--exit-after", paramLabel = "SECONDS", description = "stop after this long (tests)")
    Integer exitAfter;

    @Override
    public Integer call() throws Exception {
        Path data = dir != null ? dir : Files.createTempDirectory("xiangli-county-demo");
        HubHome home = HubHome.init(data, COUNTY, "tcp://127.0.0.1:" + brokerPort);
        PublisherKeyFiles.Signer key = countyKey(home);
        List<SimulatedFleet.Login> logins = new ArrayList<>();
        try (HubDatabase db = HubDatabase.open(home.database())) {
            StationRepository stations = new StationRepository(db);
            for (int i = 1; i <= kiosks; i++) {
                String code = String.format("DEMO-%03d", i);
                String password = MosquittoPasswords.newPassword();
                stations.register(code, "", MosquittoPasswords.hash(password.toCharArray()), Clock.systemUTC().instant());
                logins.add(new SimulatedFleet.Login(code, password.toCharArray()));
            }
            new UserRepository(db).put(ADMIN, "admin", HubLogin.hash(ADMIN_PASSWORD));
        }
        EmbeddedBroker broker = ServeCommand.startEmbedded(home, COUNTY, home.hubCredential(), brokerPort);
        Hub hub = Hub.start(home, new Hub.Options(COUNTY, broker.url(), home.hubCredential(), "0.0.0.0", port,
                Duration.ofMinutes(5), ZoneId.of("Asia/Shanghai"), Optional.of(key), Optional.empty(), Duration.ofDays(90)),
                Clock.system(ZoneId.of("Asia/Shanghai")));
        SimulatedFleet fleet = new SimulatedFleet(broker.url(), COUNTY, logins, new TrustedKeys(List.of(key.publicKey())),
                Duration.ofSeconds(telemetrySeconds), Duration.ofSeconds(Math.min(10, kiosks)), Clock.systemUTC());
        System.out.println("演示已启动 / demo running: http://localhost:" + hub.port() + "/  登录 / login: " + ADMIN
                + " / " + ADMIN_PASSWORD);
        System.out.println(kiosks + " 台模拟终端 / simulated kiosks on the embedded broker " + broker.url()
                + "; data in " + data);
        System.out.println("试试 / try: java -jar county/target/county.jar command DEMO-001 screenshot --data " + data);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fleet.close();
            hub.close();
            broker.close();
            stop.countDown();
        }));
        if (exitAfter != null) {
            if (stop.await(exitAfter, TimeUnit.SECONDS)) {
                return 0;
            }
            System.out.println("在线 / connected: " + fleet.connected() + " of " + fleet.size());
            fleet.close();
            hub.close();
            broker.close();
            return 0;
        }
        stop.await();
        return 0;
    }

    /** The demo's county key, made once in the data directory as county.key. */
    static PublisherKeyFiles.Signer countyKey(HubHome home) throws java.io.IOException {
        Path file = home.dir().resolve(HubHome.COUNTY_KEY);
        if (!Files.exists(file)) {
            Path keys = home.dir().resolve("county-key");
            PublisherKeyFiles.generate(keys);
            Files.copy(keys.resolve(PublisherKeyFiles.PRIVATE_FILE), file, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return PublisherKeyFiles.readPrivate(file);
    }
}
