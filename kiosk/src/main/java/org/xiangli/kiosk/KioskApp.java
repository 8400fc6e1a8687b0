package org.xiangli.kiosk;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.payments.PaymentsContext;
import org.xiangli.kiosk.payments.PaymentsModule;
import org.xiangli.kiosk.payments.StatementPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.content.bundle.TrustedKeys;
import org.xiangli.kiosk.content.sync.BundleDownloader;
import org.xiangli.kiosk.content.sync.ContentUpdates;
import org.xiangli.kiosk.content.sync.FeedSync;
import org.xiangli.kiosk.content.sync.UsbImportProgress;
import org.xiangli.kiosk.content.sync.UsbStickWatcher;
import org.xiangli.kiosk.demo.DemoData;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.ShellContext;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * Wires the kiosk together from a config and an open store: repositories, domain services, speech and the shell.
 * The one place that knows every part; tests build it the same way the kiosk does.
 */
public final class KioskApp implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KioskApp.class.getName());

    private final KioskConfig config;
    private final Database db;
    private final Clock clock;
    private final ContentRepository contentRepository;
    private final ServiceGuideRepository serviceGuide;
    private final Speech speech;
    private ContentUpdates contentUpdates;
    private final PaymentsModule payments;
    private StatementPrinter statementPrinter = receipt -> CompletableFuture.failedFuture(
            new IOException("no receipt printer is connected"));

    /** A village link may be slow, but a server that does not answer in a minute is not going to. */
    private static final Duration FEED_TIMEOUT = Duration.ofSeconds(60);

    public KioskApp(KioskConfig config, Database db, Clock clock) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.contentRepository = new ContentRepository(db);
        this.serviceGuide = new ServiceGuideRepository(db);
        this.speech = new Speech(config.display().language());
        if (!Files.exists(config.paymentsKeyFile())) {
            LOG.log(System.Logger.Level.INFO, "no payments data key at {0}; creating one (kioskctl enroll "
                    + "should have)", config.paymentsKeyFile());
        }
        this.payments = PaymentsModule.open(config, db, clock, true);
    }

    public void loadDemoData() {
        new DemoData(contentRepository, serviceGuide).loadIfEmpty();
        payments.loadDemoIfEmpty();
    }

    public PaymentsModule payments() {
        return payments;
    }

    /** Where printed statements go (the HAL receipt printer); until set, printing reports "no printer". */
    public void useStatementPrinter(StatementPrinter printer) {
        this.statementPrinter = printer;
    }

    /** Builds the shell; call on the JavaFX thread. */
    public KioskShell createShell(String fontFamily, Runnable onTechnicianExit) {
        ShellContext context = new ShellContext(config, clock, new ContentLibrary(contentRepository, clock),
                serviceGuide, speech, new PaymentsContext(payments.desk(), receipt -> statementPrinter.print(receipt),
                        config.payments().idle(), config.station().name(), clock), fontFamily, onTechnicianExit);
        return new KioskShell(context);
    }

    /**
     * Starts polling the content feed (if configured) and watching for USB sticks, on a background thread of
     * its own. {@code progress} and {@code onApplied} are called on that thread: hand them to the UI through FxUi.
     */
    public void startContentUpdates(Consumer<UsbImportProgress> progress, Runnable onApplied) {
        KioskConfig.Content c = config.content();
        TrustedKeys trusted = TrustedKeys.parse(c.trustedKeys());
        KioskEventRepository events = new KioskEventRepository(db);
        BundleImporter importer = new BundleImporter(contentRepository, events, trusted, config.station().code(),
                BundleLimits.DEFAULT, clock);
        Path work = config.dataDir().resolve("content-sync");
        Optional<FeedSync> feed = c.feedUrl().isEmpty() ? Optional.empty() : Optional.of(new FeedSync(
                URI.create(c.feedUrl()), new BundleDownloader(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(FEED_TIMEOUT).build(), work,
                        FEED_TIMEOUT), importer, events, work, clock));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "content-updates");
            t.setDaemon(true);
            return t;
        });
        contentUpdates = new ContentUpdates(scheduler, feed, new UsbStickWatcher(c.usbRoot(), importer, progress),
                c.pollEvery(), onApplied);
        contentUpdates.start();
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        if (contentUpdates != null) {
            contentUpdates.close();
        }
        speech.close();
        db.close();
    }
}
