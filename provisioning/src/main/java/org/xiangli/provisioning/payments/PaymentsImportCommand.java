package org.xiangli.provisioning.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.PaymentsModule;
import org.xiangli.kiosk.payments.ledger.LedgerException;
import org.xiangli.kiosk.payments.store.LedgerInfo;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.store.KioskStore;
import org.xiangli.provisioning.content.KioskTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl payments import FILE}: verify a signed ledger bundle and replace the station's ledger with it. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Verify a signed payments ledger bundle and replace the kiosk's ledger with it, in one transaction.")
final class PaymentsImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--db", paramLabel = "PATH", description = "Kiosk database (default: the configured one).")
    Path db;

    @Option(names = "--config", paramLabel = "FILE", description = "Kiosk config (default: as the kiosk finds it).")
    Path config;

    @Option(names = "--pubkey", paramLabel = "PUBFILE",
            description = "Trust this publisher key for this import, besides payments.trusted_keys.")
    Path pubkey;

    @Override
    public Integer call() {
        KioskTarget target;
        TrustedKeys trusted;
        try {
            target = KioskTarget.resolve(config, db);
            trusted = TrustedKeys.parse(target.config().payments().trustedKeys());
            if (pubkey != null) {
                trusted = trusted.with(PublisherKeyFiles.readPublic(pubkey));
            }
        } catch (ConfigException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        KioskConfig kiosk = target.config();
        if (db != null && !kiosk.payments().keyFile().isAbsolute()) {
            // The data key sits beside the database it protects.
            kiosk = kiosk.withDataDir(db.toAbsolutePath().getParent());
        }
        try (Database database = KioskStore.open(target.database())) {
            long start = System.nanoTime();
            LedgerInfo info = PaymentsModule.open(kiosk, database, Clock.systemUTC(),
                    PaymentsKeys.of(kiosk)).importer(trusted)
                    .importFile(file);
            System.out.printf("imported into %s: ledger %s, sequence %d, %d payers, %d records in %.1f s%n",
                    target.database(), info.bundleId(), info.sequence(), info.payers(), info.records(),
                    (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (LedgerException e) {
            System.err.println("rejected, current ledger kept: " + e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            System.err.println("cannot import: " + e.getMessage() + " (create the key with 'kioskctl enroll' or 'kioskctl payments key')");
            return 1;
        }
    }
}
