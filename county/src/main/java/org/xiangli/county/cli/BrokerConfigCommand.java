package org.xiangli.county.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xiangli.county.HubHome;
import org.xiangli.county.broker.BrokerConfig;
import org.xiangli.county.broker.MosquittoPasswords;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.StationRepository;
import org.xiangli.kiosk.fleet.FleetCredential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code county.jar broker-config --out DIR}: Mosquitto's config, password file and ACL for the county. */
@Command(name = "broker-config", mixinStandardHelpOptions = true,
        description = {"Write a working Mosquitto configuration for the county: listener, password file (the hub and "
            + "every registered station), ACL (each kiosk only under its own station).",
            "生成 Mosquitto 消息服务器配置（监听、密码文件、访问控制）。"})
public final class BrokerConfigCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the files are written")
    Path out;

    @Option(names = "--conf-dir", paramLabel = "DIR",
            description = "where the files will live on the broker (default: --out; Debian: /etc/mosquitto/conf.d)")
    Path confDir;

    @Option(names = "--port", paramLabel = "N", description = "listener port (default 8883 with TLS, 1883 without)")
    Integer port;

    @Option(names = "--cert", paramLabel = "PEM", description = "the broker's TLS certificate (chain)")
    Path cert;

    @Option(names = "--key", paramLabel = "PEM", description = "the broker's TLS private key")
    Path key;

    @Option(names = "--cafile", paramLabel = "PEM", description = "CA for client certificates (optional)")
    Path cafile;

    @Option(names = "--hub-port", paramLabel = "N", defaultValue = "1883",
            description = "with TLS: the plain loopback listener for the hub on the broker's machine (default ${DEFAULT-VALUE})")
    int hubPort;

    @Option(names = "--persistence", paramLabel = "DIR",
            description = "where Mosquitto keeps sessions and retained states (default: its own)")
    Path persistence;

    @Override
    public Integer call() throws IOException {
        if ((cert == null) != (key == null)) {
            System.err.println("--cert 与 --key 需同时给出 / --cert and --key go together");
            return 2;
        }
        HubHome home = data.home();
        HubHome.Settings settings = home.settings();
        FleetCredential hub = home.hubCredential();
        List<StationRepository.Station> stations;
        try (HubDatabase db = HubDatabase.open(home.database())) {
            stations = new StationRepository(db).registered();
        }
        Optional<BrokerConfig.Tls> tls = Optional.ofNullable(cert)
                .map(c -> new BrokerConfig.Tls(c.toAbsolutePath(), key.toAbsolutePath(),
                        Optional.ofNullable(cafile).map(Path::toAbsolutePath), hubPort));
        int p = port != null ? port : tls.isPresent() ? 8883 : 1883;
        List<Path> files = BrokerConfig.write(out, Optional.ofNullable(confDir).orElse(out.toAbsolutePath()),
                settings.county(), hub.user(), MosquittoPasswords.hash(hub.password()), stations, p, tls,
                Optional.ofNullable(persistence).map(Path::toAbsolutePath));
        System.out.println("已写入 / written (" + stations.size() + " stations, port " + p + (tls.isPresent() ? ", TLS"
                : ", plain MQTT") + "):");
        files.forEach(f -> System.out.println("  " + f));
        System.out.println("Debian: cp " + out + "/xiangli.* " + BrokerConfig.DEBIAN_CONF_DIR
                + "/ && systemctl restart mosquitto (or mosquitto -c " + files.getFirst() + ")");
        return 0;
    }
}
