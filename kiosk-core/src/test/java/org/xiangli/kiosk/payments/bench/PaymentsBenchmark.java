package org.xiangli.kiosk.payments.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.card.Nation;
import org.xiangli.hal.card.Sex;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.DemoLedger;
import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.PaymentsDesk;
import org.xiangli.kiosk.payments.PaymentsModule;
import org.xiangli.kiosk.payments.ledger.LedgerBundle;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.kiosk.payments.store.LedgerInfo;
import org.xiangli.kiosk.store.Database;

/**
 * Not a test: {@code bench/payments.sh}. Two phases in two JVMs, so that the import's heap is measured alone:
 * {@code build DIR N M} writes a signed ledger of N people × M records (and its publisher key) into DIR;
 * {@code import DIR LOOKUPS} imports it into a fresh store, prints the peak heap, then times card lookups
 * (keyed hash, SQLite read, AES-GCM open, JSON parse, audit row) of random people.
 */
public final class PaymentsBenchmark {

    private static final String STATION = "DEMO-001";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "build" -> build(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "import" -> importAndLookUp(dir, Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("build DIR PEOPLE RECORDS | import DIR LOOKUPS");
        }
    }

    private static void build(Path dir, int people, int records) throws Exception {
        Files.createDirectories(dir);
        PublisherKeyFiles.generate(dir);
        PublisherKeyFiles.Signer signer = PublisherKeyFiles.readPrivate(dir.resolve(PublisherKeyFiles.PRIVATE_FILE));
        long t0 = System.nanoTime();
        List<Payer> payers = DemoLedger.generate(STATION, people, records, LocalDate.of(2026, 11, 23), 0);
        Path bundle = dir.resolve("ledger.xlb");
        LedgerBundle.write(bundle, STATION, 1, Clock.systemUTC().instant(), payers, signer);
        long t1 = System.nanoTime();
        System.out.printf("ledger: %,d people x %d records, bundle %,d bytes, built in %.1f s%n", people, records,
                Files.size(bundle), (t1 - t0) / 1e9);
        Files.writeString(dir.resolve("people"), Integer.toString(people));
        Files.writeString(dir.resolve("records"), Integer.toString(records));
    }

    private static void importAndLookUp(Path dir, int lookups) throws Exception {
        int people = Integer.parseInt(Files.readString(dir.resolve("people")).strip());
        int records = Integer.parseInt(Files.readString(dir.resolve("records")).strip());
        Path data = Files.createTempDirectory("payments-bench");
        KioskConfig config = ConfigLoader.defaults().withDataDir(data);
        PublisherKey publisher = PublisherKeyFiles.readPublic(dir.resolve(PublisherKeyFiles.PUBLIC_FILE));
        Path bundle = dir.resolve("ledger.xlb");
        DataKey.createIfMissing(config.paymentsKeyFile());
        try (Database db = Database.open(data.resolve("kiosk.db"))) {
            PaymentsModule module = new PaymentsModule(config, db, DataKey.load(config.paymentsKeyFile()),
                    Clock.systemUTC(), null);
            System.gc();
            long before = heapUsed();
            resetPeaks();
            long i0 = System.nanoTime();
            LedgerInfo info = module.importer(new TrustedKeys(List.of(publisher))).importFile(bundle);
            long i1 = System.nanoTime();
            long peak = heapPeak();
            System.out.printf("import: %,d payers, %,d records in %.1f s; database %,d bytes%n", info.payers(),
                    info.records(), (i1 - i0) / 1e9, Files.size(data.resolve("kiosk.db")));
            System.out.printf("import heap: -Xmx %,d MB; in use before %,d MB; peak %,d MB (sum of heap pool "
                    + "peaks, garbage included)%n", Runtime.getRuntime().maxMemory() >> 20, before >> 20,
                    peak >> 20);

            PaymentsDesk desk = module.desk();
            Random random = new Random(42);
            IdentityCard template = org.xiangli.hal.card.DemoIdentities.LI_JIANGUO;
            for (int warm = 0; warm < Math.min(500, lookups); warm++) {
                desk.byCard(card(template, random.nextInt(people)));
            }
            long[] nanos = new long[lookups];
            int found = 0;
            for (int i = 0; i < lookups; i++) {
                IdentityCard card = card(template, random.nextInt(people));
                long s = System.nanoTime();
                LookupOutcome outcome = desk.byCard(card);
                nanos[i] = System.nanoTime() - s;
                if (outcome instanceof LookupOutcome.Found f && f.payer().records().size() == records) {
                    found++;
                }
            }
            Arrays.sort(nanos);
            if (lookups > 0) {
                System.out.printf("lookup (card, %,d random people, %d found): p50 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms%n", lookups, found, nanos[lookups / 2] / 1e6,
                        nanos[(int) (lookups * 0.99)] / 1e6, nanos[lookups - 1] / 1e6);
            }
        } finally {
            try (var files = Files.walk(data)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static IdentityCard card(IdentityCard t, int n) {
        return new IdentityCard("测试", Sex.MALE, Nation.of(1), t.birthDate(), "青石县", DemoLedger.idNumber(n),
                t.issuer(), t.validFrom(), t.validUntil());
    }
}
