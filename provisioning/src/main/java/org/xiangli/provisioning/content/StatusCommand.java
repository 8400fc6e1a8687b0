package org.xiangli.provisioning.content;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl content status}: which bundles are applied and why the last ones were refused. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the applied bundle of each publisher and the latest content imports and refusals.")
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "Kiosk database (default: the configured one).")
    Path db;

    @Option(names = "--config", paramLabel = "FILE", description = "Kiosk config (default: as the kiosk finds it).")
    Path config;

    @Override
    public Integer call() {
        KioskTarget target;
        try {
            target = KioskTarget.existing(config, db);
        } catch (ConfigException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Database database = Database.open(target.database())) {
            ContentRepository repository = new ContentRepository(database);
            out.println(repository.count() + " items held");
            for (ContentRepository.AppliedBundle b : repository.appliedBundles()) {
                out.println("publisher " + b.publisher() + ": sequence " + b.sequence() + " (" + (b.full() ? "full"
                        : "delta") + ", bundle " + b.bundleId() + ") applied " + b.at());
            }
            new KioskEventRepository(database).latest(200).stream()
                    .filter(e -> e.kind().equals(BundleImporter.EVENT_APPLIED)
                            || e.kind().equals(BundleImporter.EVENT_REJECTED))
                    .limit(20)
                    .forEach(e -> out.println(e.at() + "  " + e.kind() + "  " + e.detail()));
            return 0;
        }
    }
}
