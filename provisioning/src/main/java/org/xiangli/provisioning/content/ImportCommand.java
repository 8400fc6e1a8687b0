package org.xiangli.provisioning.content;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.content.sync.BundleDownloader;
import org.xiangli.kiosk.content.sync.DownloadLimits;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.store.KioskStore;
import org.xiangli.kiosk.store.KioskEventRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kioskctl content import FILE|URL [--db PATH] [--pubkey PUBFILE]}: verify and apply one bundle. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Verify a bundle (file or http(s) URL) and apply it to the kiosk database in one transaction.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|URL")
    String source;

    @Option(names = "--db", paramLabel = "PATH", description = "Kiosk database (default: the configured one).")
    Path db;

    @Option(names = "--pubkey", paramLabel = "PUBFILE",
            description = "Trust this publisher key for this import, besides the configured ones.")
    Path pubkey;

    @Option(names = "--config", paramLabel = "FILE", description = "Kiosk config (default: as the kiosk finds it).")
    Path config;

    @Override
    public Integer call() {
        Clock clock = Clock.systemUTC();
        KioskTarget target;
        TrustedKeys trusted;
        try {
            target = KioskTarget.resolve(config, db);
            trusted = TrustedKeys.parse(target.config().content().trustedKeys());
            if (pubkey != null) {
                trusted = trusted.with(PublisherKeyFiles.readPublic(pubkey));
            }
        } catch (ConfigException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Path work = null;
        Thread cleanup = null;
        try (Database database = KioskStore.open(target.database())) {
            KioskEventRepository events = new KioskEventRepository(database);
            BundleImporter importer = new BundleImporter(new ContentRepository(database), events, trusted,
                    target.config().station().code(), BundleLimits.DEFAULT, clock);
            Path file;
            if (source.startsWith("http://") || source.startsWith("https://")) {
                // Beside the kiosk's database, not in /tmp: on a Pi /tmp is often RAM, and the download is bounded
                // by content.max_bundle_mb, not by what fits there. Removed however the command ends, Ctrl-C too.
                work = Files.createTempDirectory(target.database().toAbsolutePath().getParent(), "content-import-");
                Path folder = work;
                cleanup = new Thread(() -> deleteQuietly(folder), "content-import-cleanup");
                Runtime.getRuntime().addShutdownHook(cleanup);
                BundleDownloader downloader = new BundleDownloader(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL).build(), work,
                        DownloadLimits.withAnswer(Duration.ofSeconds(60))
                                .withMaxBytes(target.config().content().maxBundleBytes()));
                file = ((BundleDownloader.Downloaded) downloader.fetch(URI.create(source), Optional.empty())).file();
            } else {
                file = Path.of(source);
            }
            BundleImporter.Result result = importer.importFile(file);
            System.out.println("imported into " + target.database() + ": " + (result.full() ? "full" : "delta")
                    + " bundle, sequence " + result.sequence() + ", " + result.items() + " items, " + result.withdrawn()
                    + " withdrawn, " + result.assets() + " images, publisher " + result.publisher());
            return 0;
        } catch (BundleException e) {
            System.err.println("rejected (" + e.reason() + "), current content kept: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("cannot import: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(work);
            forget(cleanup);
        }
    }

    private static void forget(Thread cleanup) {
        if (cleanup == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // The JVM is shutting down already: the hook runs, and finds the folder gone.
            System.err.println("note: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path work) {
        if (work == null) {
            return;
        }
        try (var files = Files.walk(work)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("note: could not remove the download folder " + work + ": " + e.getMessage());
        }
    }
}
