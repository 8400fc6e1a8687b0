package org.xiangli.provisioning.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.payments.DemoLedger;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.ledger.LedgerBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kioskctl payments build --key publisher.key --station CODE [--people N --records M] -o FILE}: a signed
 * ledger of fictional people, for demos, training and the benchmark. Real ledgers come from the county's system.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a signed ledger bundle of fictional payers (demo residents, or N generated ones).")
final class PaymentsBuildCommand implements Callable<Integer> {

    @Option(names = "--key", required = true, paramLabel = "KEYFILE", description = "publisher.key to sign with.")
    Path key;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The bundle to write.")
    Path out;

    @Option(names = "--station", defaultValue = "DEMO-001", description = "Station code (default: ${DEFAULT-VALUE}).")
    String station;

    @Option(names = "--sequence", defaultValue = "1", description = "Ledger sequence (default: ${DEFAULT-VALUE}).")
    long sequence;

    @Option(names = "--people", defaultValue = "0",
            description = "Generated payers; 0 = the demo residents of the card simulator and their neighbours.")
    int people;

    @Option(names = "--records", defaultValue = "20", description = "Records per generated payer.")
    int records;

    @Override
    public Integer call() {
        try {
            PublisherKeyFiles.Signer signer = PublisherKeyFiles.readPrivate(key);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            List<Payer> payers = people == 0 ? DemoLedger.demo(station, today)
                    : DemoLedger.generate(station, people, records, today, 0);
            long start = System.nanoTime();
            LedgerBundle.write(out, station, sequence, Instant.now(), payers, signer);
            System.out.printf("wrote %s: %d payers, station %s, sequence %d, in %.1f s%n", out, payers.size(),
                    station, sequence, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (IOException e) {
            System.err.println("cannot build: " + e.getMessage());
            return 1;
        }
    }
}
