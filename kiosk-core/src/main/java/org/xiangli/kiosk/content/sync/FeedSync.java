package org.xiangli.kiosk.content.sync;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleException.Reason;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * One poll of the content feed: fetch if changed, verify, apply. Best effort: every failure leaves the content as
 * it was and is recorded for technicians; the next poll tries again (and resumes a cut download).
 */
public final class FeedSync {

    private static final System.Logger LOG = System.getLogger(FeedSync.class.getName());
    static final String ETAG_FILE = "feed.etag";

    /** What a poll did. */
    public sealed interface Outcome permits NotModified, Applied, Failed {
    }

    public record NotModified() implements Outcome {
    }

    public record Applied(BundleImporter.Result result) implements Outcome {
    }

    public record Failed(Reason reason, String message) implements Outcome {
    }

    private final URI feed;
    private final BundleDownloader downloader;
    private final BundleImporter importer;
    private final KioskEventRepository events;
    private final Path workDir;
    private final Clock clock;

    public FeedSync(URI feed, BundleDownloader downloader, BundleImporter importer, KioskEventRepository events,
                    Path workDir, Clock clock) {
        this.feed = feed;
        this.downloader = downloader;
        this.importer = importer;
        this.events = events;
        this.workDir = workDir;
        this.clock = clock;
    }

    public Outcome poll() {
        BundleDownloader.Fetch fetch;
        try {
            fetch = downloader.fetch(feed, lastEtag());
        } catch (BundleException e) {
            events.record(clock.instant(), BundleImporter.EVENT_REJECTED, e.reason() + ": " + e.getMessage());
            LOG.log(Level.WARNING, "content feed: {0}", e.getMessage());
            return new Failed(e.reason(), e.getMessage());
        } catch (IOException e) {
            return failedLocally(e);
        }
        if (fetch instanceof BundleDownloader.Downloaded downloaded) {
            try {
                Outcome outcome;
                boolean settled;
                try {
                    outcome = new Applied(importer.importFile(downloaded.file()));
                    settled = true;
                } catch (BundleException e) {
                    // The importer has recorded why. A refusal may not last (the technician adds the publisher's
                    // key, the station code is corrected), so the bundle is fetched again at the next poll; only one
                    // whose sequence is applied already (brought by a stick, say) has nothing left to give.
                    outcome = new Failed(e.reason(), e.getMessage());
                    settled = e.reason() == Reason.STALE_SEQUENCE;
                }
                // The stored ETag means "this kiosk has what the feed serves": If-None-Match then gets a 304.
                if (settled && downloaded.etag().isPresent()) {
                    Files.writeString(workDir.resolve(ETAG_FILE), downloaded.etag().get(), StandardCharsets.UTF_8);
                }
                downloader.discardPart();
                return outcome;
            } catch (IOException e) {
                return failedLocally(e);
            }
        }
        return new NotModified();
    }

    private Optional<String> lastEtag() throws IOException {
        Path file = workDir.resolve(ETAG_FILE);
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    private Outcome failedLocally(IOException e) {
        String message = "content work folder " + workDir + ": " + org.xiangli.kiosk.ops.Causes.describe(e);
        events.record(clock.instant(), BundleImporter.EVENT_REJECTED, Reason.UNREADABLE + ": " + message);
        LOG.log(Level.WARNING, message);
        return new Failed(Reason.UNREADABLE, message);
    }
}
