package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.lookup.PaymentsSource;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.kiosk.store.Database;

/** A store with the demo ledger imported through a signed bundle, a clock tests can move, and a fresh data key. */
final class LedgerFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final String STATION = "DEMO-001";

    final Path dir;
    final MutableClock clock = new MutableClock(NOW);
    final KioskConfig config;
    final Database db;
    final PaymentsModule module;
    final PublisherKeyFiles.Signer signer;
    final List<Payer> payers;

    LedgerFixture(Path dir, PaymentsSource live) throws IOException {
        this.dir = dir;
        this.config = ConfigLoader.defaults().withDataDir(dir);
        this.db = Database.open(dir.resolve("kiosk.db"));
        DataKey.createIfMissing(config.paymentsKeyFile());
        this.module = new PaymentsModule(config, db, DataKey.load(config.paymentsKeyFile()), clock, live);
        this.signer = newSigner();
        this.payers = DemoLedger.demo(STATION, LocalDate.of(2026, 11, 23));
    }

    LedgerFixture(Path dir) throws IOException {
        this(dir, null);
    }

    /** Writes and imports the demo ledger; returns the bundle file. */
    Path importDemo() throws Exception {
        Path file = dir.resolve("ledger.xlb");
        org.xiangli.kiosk.payments.ledger.LedgerBundle.write(file, STATION, 1, NOW.minusSeconds(86_400 * 3), payers,
                signer);
        module.importer(trusted()).importFile(file);
        return file;
    }

    TrustedKeys trusted() {
        return new TrustedKeys(List.of(signer.publicKey()));
    }

    static PublisherKeyFiles.Signer newSigner() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new PublisherKeyFiles.Signer(pair.getPrivate(), PublisherKey.of(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }

    /** A clock the test moves forward (lockout expiry). */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, ZoneOffset.UTC);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
