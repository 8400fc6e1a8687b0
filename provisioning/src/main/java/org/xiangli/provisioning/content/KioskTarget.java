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
        KioskConfig config = ConfigLoader.loadApplicable(Optional.ofNullable(configFile));
        return new KioskTarget(config, db != null ? db : config.dataDir().resolve(DATABASE_FILE));
    }

    /** As {@link #resolve}, for commands that read a kiosk's store: the database must already exist. */
    public static KioskTarget existing(Path configFile, Path db) throws IOException, ConfigException {
        KioskTarget target = resolve(configFile, db);
        if (!Files.isRegularFile(target.database())) {
            throw new IOException("no kiosk database at " + target.database());
        }
        return target;
    }
}
