package org.xiangli.county.cli;

import java.nio.file.Path;
import org.xiangli.county.HubHome;
import picocli.CommandLine.Option;

/** The hub's data directory, shared by every command. */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "county-data",
            description = "the hub's data directory (default ${DEFAULT-VALUE})")
    Path dir;

    HubHome home() {
        return new HubHome(dir);
    }
}
