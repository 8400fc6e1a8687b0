package org.xiangli.county.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.xiangli.county.HubHome;
import org.xiangli.county.demo.SimulatedFleet;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code county.jar simulate}: the registered stations' credentials driving simulated kiosks (the benchmark). */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run simulated kiosks (the kiosk's fleet code, one MQTT connection each) with the credentials "
            + "register issued, against the county's broker, until stopped.", "运行模拟终端（压测）。"})
public final class SimulateCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--count", paramLabel = "N", description = "how many (default: every issued credential)")
    Integer count;

    @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "10",
            description = "telemetry interval of each kiosk (default ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--ramp", paramLabel = "SECONDS", defaultValue = "20",
            description = "spread the connects over this long (default ${DEFAULT-VALUE})")
    int ramp;

    @Option(names = "--broker", paramLabel = "URL", description = "default: hub.properties")
    String broker;

    @Override
    public Integer call() throws Exception {
        HubHome home = data.home();
        HubHome.Settings settings = home.settings();
        List<SimulatedFleet.Login> logins = new ArrayList<>();
        try (Stream<Path> files = Files.list(home.dir().resolve(HubHome.CREDENTIALS))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".credential")).sorted().toList()) {
                FleetCredential c = FleetCredential.read(f);
                logins.add(new SimulatedFleet.Login(c.user(), c.password()));
            }
        }
        if (count != null) {
            logins = logins.subList(0, Math.min(count, logins.size()));
        }
        TrustedKeys keys = new TrustedKeys(home.countyKey(Optional.empty())
                .map(PublisherKeyFiles.Signer::publicKey).stream().toList());
        SimulatedFleet fleet = new SimulatedFleet(Optional.ofNullable(broker).orElse(settings.brokerUrl()),
                settings.county(), logins, keys, Duration.ofSeconds(every), Duration.ofSeconds(ramp),
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(fleet::close));
        while (true) {
            Thread.sleep(5000);
            System.out.println("simulate: " + fleet.connected() + " of " + fleet.size() + " connected");
        }
    }
}
