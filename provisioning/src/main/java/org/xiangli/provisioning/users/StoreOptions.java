package org.xiangli.provisioning.users;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import picocli.CommandLine.Option;

/** Which kiosk database a command works on: {@code --data DIR}, else the config's {@code data.dir}. */
public final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Kiosk data directory (holds kiosk.db).")
    Optional<Path> dataDir = Optional.empty();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Kiosk config whose data.dir is used (default $XIANGLI_CONFIG, else /etc/xiangli/kiosk.toml if present).")
    Optional<Path> config = Optional.empty();

    public Path databaseFile() throws IOException, ConfigException {
        if (dataDir.isPresent()) {
            return dataDir.get().resolve("kiosk.db");
        }
        return ConfigLoader.loadApplicable(config).dataDir().resolve("kiosk.db");
    }
}
