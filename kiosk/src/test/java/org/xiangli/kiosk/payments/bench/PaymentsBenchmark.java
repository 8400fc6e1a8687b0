package org.xiangli.kiosk.payments.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
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
import org.xiangli.kiosk.content.bundle.PublisherKey;
import org.xiangli.kiosk.content.bundle.PublisherKeyFiles;
import org.xiangli.kiosk.content.bundle.TrustedKeys;
import org.xiangli.kiosk.payments.DemoLedger;
import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.Payer;
import org.xiangli.kiosk.payments.PaymentsDesk;
import org.xiangli.kiosk.payments.PaymentsModule;
import org.xiangli.kiosk.payments.ledger.LedgerBundle;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.kiosk.payments.store.LedgerInfo;
import org.xiangli.kiosk.store.Database;

/**
 * Not a test: {@code bench/payments.sh}. Builds a signed ledger of N people × M records, imports it into a fresh
 * store, then times card lookups (keyed hash, SQLite read, AES-GCM open, JSON parse, audit row) of random people.
 */
public final class PaymentsBenchmark {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Path dir = Files.createTempDirectory("payments-bench");
        KioskConfig config = ConfigLoader.defaults().withDataDir(dir);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PublisherKeyFiles.Signer signer = new PublisherKeyFiles.Signer(pair.getPrivate(),
                PublisherKey.of(pair.getPublic()));
        LocalDate today = LocalDate.of(2026, 11, 23);

        long t0 = System.nanoTime();
        List<Payer> payers = DemoLedger.generate("DEMO-001", people, records, today, 0);
        Path bundle = dir.resolve("ledger.xlb");
        LedgerBundle.write(bundle, "DEMO-001", 1, Clock.systemUTC().instant(), payers, signer);
        payers = null;
        long t1 = System.nanoTime();
        System.out.printf("ledger: %,d people x %d records, bundle %,d bytes, built in %.1f s%n", people, records,
                Files.size(bundle), (t1 - t0) / 1e9);

        DataKey.createIfMissing(config.paymentsKeyFile());
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            PaymentsModule module = new PaymentsModule(config, db, DataKey.load(config.paymentsKeyFile()),
                    Clock.systemUTC(), null);
            long i0 = System.nanoTime();
            LedgerInfo info = module.importer(new TrustedKeys(List.of(signer.publicKey()))).importFile(bundle);
            long i1 = System.nanoTime();
            System.out.printf("import: %,d payers, %,d records in %.1f s; database %,d bytes%n", info.payers(),
                    info.records(), (i1 - i0) / 1e9, Files.size(dir.resolve("kiosk.db")));

            PaymentsDesk desk = module.desk();
            Random random = new Random(42);
            IdentityCard template = org.xiangli.hal.card.DemoIdentities.LI_JIANGUO;
            for (int warm = 0; warm < 500; warm++) {
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
            System.out.printf("lookup (card, %,d random people, %d found): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    lookups, found, nanos[lookups / 2] / 1e6, nanos[(int) (lookups * 0.99)] / 1e6,
                    nanos[lookups - 1] / 1e6);
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static IdentityCard card(IdentityCard t, int n) {
        return new IdentityCard("测试", Sex.MALE, Nation.of(1), t.birthDate(), "青石县", DemoLedger.idNumber(n),
                t.issuer(), t.validFrom(), t.validUntil());
    }
}
