package org.xiangli.county.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.xiangli.county.HubHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code county.jar init}: the data directory for one county. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create the hub's data directory for a county: its id, the broker, the hub's broker login.",
            "初始化县级平台数据目录。"})
public final class InitCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--county", required = true, paramLabel = "ID",
            description = "the county's id in the topics, e.g. its division code 360781")
    String county;

    @Option(names = "--broker", paramLabel = "URL", defaultValue = "tcp://127.0.0.1:1883",
            description = "the broker the hub connects to (default ${DEFAULT-VALUE}: Mosquitto on this machine)")
    String broker;

    @Override
    public Integer call() throws IOException {
        HubHome home = HubHome.init(data.dir, county, broker);
        System.out.println("县级平台已初始化 / hub initialised: county " + county + ", data in " + home.dir());
        System.out.println("下一步 / next: county.jar user add admin --role admin --data " + home.dir());
        return 0;
    }
}
