package org.xiangli.county.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xiangli.county.HubHome;
import org.xiangli.county.broker.FleetAcl;
import org.xiangli.county.broker.MosquittoPasswords;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.StationRepository;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code county.jar register --station CODE --pubkey device.pub}: a station's broker credential. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = {"Register a station (its device key from 'kioskctl enroll') and issue its broker credential: "
            + "a file the technician installs on the kiosk. Run broker-config afterwards so the broker knows it.",
            "登记站点并签发其连接凭据。"})
public final class RegisterCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--station", required = true, paramLabel = "CODE", description = "the kiosk's station.code")
    String station;

    @Option(names = "--pubkey", required = true, paramLabel = "FILE",
            description = "the kiosk's device.pub (kioskctl enroll prints and writes it)")
    Path pubkey;

    @Option(names = "--township", paramLabel = "NAME", defaultValue = "",
            description = "the station's township (乡镇), which township editors publish to")
    String township;

    @Option(names = "--village", paramLabel = "NAME", defaultValue = "",
            description = "the station's village (村)")
    String village;

    @Option(names = "--broker-url", paramLabel = "URL",
            description = "the broker as kiosks reach it, for the printed [fleet] lines (e.g. ssl://mqtt.example:8883)")
    String kioskBrokerUrl;

    @Override
    public Integer call() throws IOException {
        if (!FleetTopics.isId(station) || station.equals(FleetAcl.DEFAULT_HUB_USER)) {
            System.err.println("站点代码无效 / not a station code: " + station);
            return 2;
        }
        HubHome home = data.home();
        HubHome.Settings settings = home.settings();
        PublisherKey device = PublisherKeyFiles.readPublic(pubkey);
        String password = MosquittoPasswords.newPassword();
        try (HubDatabase db = HubDatabase.open(home.database())) {
            new StationRepository(db).register(station, device.encoded(),
                    MosquittoPasswords.hash(password.toCharArray()), Clock.systemUTC().instant());
            new StationRepository(db).place(station, township.strip(), village.strip());
        }
        Path credential = home.credentialFile(station);
        String url = Optional.ofNullable(kioskBrokerUrl).orElse(settings.brokerUrl());
        HubHome.writeSecret(credential, FleetCredential.text(settings.county(), station, password, Optional.of(url)));
        System.out.println("站点已登记 / station registered: " + station + " (device key " + device.id() + ")");
        System.out.println("凭据 / credential: " + credential);
        System.out.println("在终端上安装 / install on the kiosk (as root):");
        System.out.println("  kioskctl fleet join --credential " + credential.getFileName()
                + " && systemctl restart xiangli-kiosk");
        System.out.println("  (it installs the file as /etc/xiangli/fleet.credential, 640 root:xiangli, and sets [fleet] "
                + "broker_url = \"" + url + "\", county = \"" + settings.county() + "\")");
        System.out.println("然后更新消息服务器配置 / then update the broker: county.jar broker-config --out DIR");
        return 0;
    }
}
