package org.xiangli.kiosk.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.ledger.LedgerBundle;
import org.xiangli.kiosk.payments.ledger.LedgerException;
import org.xiangli.kiosk.payments.ledger.LedgerImporter;
import org.xiangli.kiosk.payments.lookup.FallbackSource;
import org.xiangli.kiosk.payments.lookup.LiveService;
import org.xiangli.kiosk.payments.lookup.LocalLedger;
import org.xiangli.kiosk.payments.lookup.PayUrlHosts;
import org.xiangli.kiosk.payments.lookup.PaymentsSource;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.kiosk.payments.store.DataKeySource;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.LedgerInfo;
import org.xiangli.kiosk.payments.store.PaymentsRepository;
import org.xiangli.kiosk.payments.store.Sealer;
import org.xiangli.kiosk.store.Database;

/** Builds the payments feature from the config and the store: data key, sources, desk, importer. */
public final class PaymentsModule {

    private static final System.Logger LOG = System.getLogger(PaymentsModule.class.getName());

    private final KioskConfig config;
    private final PaymentsRepository repository;
    private final KeyedHash hash;
    private final Sealer sealer;
    private final LocalLedger local;
    private final PaymentsDesk desk;
    private final Clock clock;

    public PaymentsModule(KioskConfig config, Database db, DataKey key, Clock clock, PaymentsSource live) {
        this.config = config;
        this.clock = clock;
        this.repository = new PaymentsRepository(db);
        this.hash = new KeyedHash(key);
        this.sealer = new Sealer(key);
        this.local = new LocalLedger(repository, hash, sealer);
        PaymentsSource source = live == null ? local : new FallbackSource(live, local);
        KioskConfig.Payments p = config.payments();
        this.desk = new PaymentsDesk(source, hash, repository, new FactorLockout(p.factorAttempts(), p.lockout()),
                config.station().code(), clock);
    }

    /**
     * The module as the kiosk runs it: the data key from {@code keys} (see {@link DataKeySource}), the live
     * service if configured.
     *
     * @throws IllegalStateException no data key can be read (the message says where it looked and what to do)
     */
    public static PaymentsModule open(KioskConfig config, Database db, Clock clock, DataKeySource keys) {
        DataKey key;
        try {
            key = keys.load();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        KioskConfig.Payments p = config.payments();
        PaymentsSource live = null;
        if (!p.serviceUrl().isEmpty()) {
            try {
                live = new LiveService(HttpClient.newBuilder().connectTimeout(p.timeout()).build(),
                        URI.create(p.serviceUrl()), LiveService.readToken(p.credentialsFile()), p.timeout(), clock,
                        PayUrlHosts.of(p.payUrlHosts()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalStateException("payments service credentials " + p.credentialsFile() + ": "
                        + e.getMessage(), e);
            }
        }
        return new PaymentsModule(config, db, key, clock, live);
    }

    /** The data key's keyed hash of ID numbers: other station records identify people the same way. */
    public KeyedHash hash() {
        return hash;
    }

    /** The data key's sealer: other station records seal names and phones the same way. */
    public Sealer sealer() {
        return sealer;
    }

    public PaymentsDesk desk() {
        return desk;
    }

    public PaymentsRepository repository() {
        return repository;
    }

    public LocalLedger local() {
        return local;
    }

    public LedgerImporter importer(TrustedKeys trusted) {
        return new LedgerImporter(repository, hash, sealer, trusted, config.station().code(), clock);
    }

    /**
     * Demo mode: signs the demo ledger with a throw-away key and imports it through the same path as a real one,
     * unless a ledger is already there.
     */
    public void loadDemoIfEmpty() {
        if (repository.ledger().isPresent()) {
            return;
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            PublisherKeyFiles.Signer signer = new PublisherKeyFiles.Signer(pair.getPrivate(),
                    PublisherKey.of(pair.getPublic()));
            Path file = config.dataDir().resolve("payments-demo.xlb");
            LedgerBundle.write(file, config.station().code(), 1, clock.instant(),
                    DemoLedger.demo(config.station().code(), LocalDate.now(clock)), signer);
            LedgerInfo info = importer(new TrustedKeys(java.util.List.of(signer.publicKey()))).importFile(file);
            // The bundle holds the demo people in plain JSON; once imported, only the sealed copy remains.
            Files.delete(file);
            LOG.log(Level.INFO, "demo payments ledger loaded: {0} payers", info.payers());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks Ed25519", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LedgerException e) {
            throw new IllegalStateException("the demo ledger is broken: " + e.getMessage(), e);
        }
    }

    public Optional<LedgerInfo> ledger() {
        return repository.ledger();
    }
}
