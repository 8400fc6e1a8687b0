package org.xiangli.provisioning.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;

/** The kiosk a content command works on: its config (as the kiosk finds it) and its database file. */
public record KioskTarget(KioskConfig config, Path database) {

    /** The kiosk keeps its store here inside {@code data.dir}. */
    public static final String DATABASE_FILE = "kiosk.db";

    public static KioskTarget resolve(Path configFile, Path db) throws IOException, ConfigException {
        Optional<Path> file = Optional.ofNullable(configFile)
                .or(() -> Optional.ofNullable(System.getenv("XIANGLI_CONFIG")).map(Path::of))
                .or(() -> Optional.of(ConfigLoader.DEFAULT_FILE).filter(Files::isRegularFile));
        KioskConfig config = file.isPresent() ? new ConfigLoader().load(file.get()) : ConfigLoader.defaults();
        return new KioskTarget(config, db != null ? db : config.dataDir().resolve(DATABASE_FILE));
    }
}
