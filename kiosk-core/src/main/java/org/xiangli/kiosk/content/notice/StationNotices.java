package org.xiangli.kiosk.content.notice;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.xiangli.kiosk.content.ContentFileException;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleBuilder;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * Station notices (issue 17): a short local notice ("明天上午停水") an admin writes in the staff console, shown on
 * this kiosk at once as an urgent item until its expiry. It travels the content path every notice travels: a delta
 * bundle built by the same {@link BundleBuilder}, signed with the station's own key ({@code station-key/} in the data
 * folder, made on first use, mode 600) and applied by an importer that trusts that key alone and only for this
 * station's code — the feed's and the USB stick's importers do not know the key, so nothing signed by it is applied
 * from anywhere else, and a bundle for another station is refused by its scope. Each notice is recorded in the
 * kiosk's event log ({@link #EVENT}), which the fleet reports to the county hub.
 */
public final class StationNotices {

    public static final String EVENT = "station.notice";
    public static final int MAX_TEXT = 300;
    public static final int MAX_DAYS = 31;
    static final String ID_PREFIX = "notice-";
    private static final System.Logger LOG = System.getLogger(StationNotices.class.getName());

    /** A notice as posted. */
    public record Posted(String id, String title, LocalDate expires) {
    }

    private final Path keyDir;
    private final String station;
    private final ContentRepository repository;
    private final KioskEventRepository events;
    private final Clock clock;

    public StationNotices(Path keyDir, String station, ContentRepository repository, KioskEventRepository events,
                          Clock clock) {
        this.keyDir = keyDir;
        this.station = station;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts a notice: {@code text} (its first line, up to 20 characters, is the title), an optional photo (JPEG or
     * PNG bytes, within the kiosk's image limit) and the last day it shows.
     */
    public synchronized Posted post(String text, Optional<byte[]> photo, LocalDate expires) throws IOException {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a notice is 1-" + MAX_TEXT + " characters");
        }
        LocalDate today = LocalDate.now(clock);
        if (expires.isBefore(today) || expires.isAfter(today.plusDays(MAX_DAYS))) {
            throw new IllegalArgumentException("a notice shows from today for at most " + MAX_DAYS + " days");
        }
        String firstLine = t.lines().findFirst().orElse(t).strip();
        String title = firstLine.length() > 20 ? firstLine.substring(0, 20) + "…" : firstLine;
        long sequence = Math.max(clock.millis(), lastSequence() + 1);
        String id = ID_PREFIX + sequence;
        PublisherKeyFiles.Signer signer = key();
        Path work = Files.createTempDirectory("xl-notice-");
        try {
            StringBuilder md = new StringBuilder("---\n");
            md.append("title: \"").append(title.replace("\n", " ")).append("\"\n");
            md.append("category: notices\npublished: ").append(today).append("\nexpires: ").append(expires)
                    .append("\npriority: urgent\nstations: ").append(station).append("\n---\n");
            // Each line a paragraph of its own: the admin's line breaks stay, and no line is read as Markdown markup
            // by accident beyond what the kiosk's safe subset allows anyway.
            t.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> md.append(l).append("\n\n"));
            if (photo.isPresent() && photo.get().length > 0) {
                String name = id + "/photo" + (isPng(photo.get()) ? ".png" : ".jpg");
                Files.createDirectories(work.resolve(id));
                Files.write(work.resolve(name), photo.get());
                md.append("![照片](").append(name).append(")\n");
            }
            Files.writeString(work.resolve(id + ".md"), md.toString(), StandardCharsets.UTF_8);
            Path bundle = work.resolve("notice.xlb");
            try {
                new BundleBuilder(BundleLimits.DEFAULT).build(work, signer, new BundleBuilder.Options(sequence, true,
                        List.of(), List.of(station), clock.instant()), bundle);
            } catch (ContentFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            apply(bundle, signer);
        } finally {
            deleteTree(work);
        }
        // What the hub is told: the title and the expiry, long digit runs (a phone number) masked.
        events.record(clock.instant(), EVENT, title.replaceAll("[0-9]{7,}", "…") + " · " + expires);
        LOG.log(Level.INFO, "station notice {0} posted until {1}", id, expires);
        return new Posted(id, title, expires);
    }

    /** Takes a notice down at once (a delta bundle withdrawing it). */
    public synchronized void remove(String id) throws IOException {
        if (!id.startsWith(ID_PREFIX) || current().stream().noneMatch(i -> i.id().equals(id))) {
            throw new IllegalArgumentException("no station notice " + id);
        }
        PublisherKeyFiles.Signer signer = key();
        Path work = Files.createTempDirectory("xl-notice-");
        try {
            Path bundle = work.resolve("withdraw.xlb");
            try {
                new BundleBuilder(BundleLimits.DEFAULT).build(work, signer, new BundleBuilder.Options(
                        Math.max(clock.millis(), lastSequence() + 1), true, List.of(id), List.of(station),
                        clock.instant()), bundle);
            } catch (ContentFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            apply(bundle, signer);
        } finally {
            deleteTree(work);
        }
        events.record(clock.instant(), EVENT, "removed " + id);
    }

    /** The notices showing today, newest first. */
    public List<ContentItem> current() {
        LocalDate today = LocalDate.now(clock);
        return repository.urgent(today).stream().filter(i -> i.id().startsWith(ID_PREFIX))
                .sorted(Comparator.comparing(ContentItem::id).reversed()).toList();
    }

    private void apply(Path bundle, PublisherKeyFiles.Signer signer) throws IOException {
        BundleImporter importer = new BundleImporter(repository, events,
                new TrustedKeys(List.of(signer.publicKey())), station, BundleLimits.DEFAULT, clock);
        try {
            importer.importFile(bundle);
        } catch (BundleException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private long lastSequence() throws IOException {
        return repository.appliedSequence(key().publicKey().id());
    }

    /** The station key, made on first use with mode 600; one others may read is refused. */
    PublisherKeyFiles.Signer key() throws IOException {
        Path file = keyDir.resolve(PublisherKeyFiles.PRIVATE_FILE);
        if (!Files.exists(file)) {
            PublisherKeyFiles.generate(keyDir);
        }
        if (Files.getPosixFilePermissions(file).stream().anyMatch(p -> p != PosixFilePermission.OWNER_READ
                && p != PosixFilePermission.OWNER_WRITE)) {
            throw new IOException(file + " may be read by others: chmod 600 it");
        }
        return PublisherKeyFiles.readPrivate(file);
    }

    private static boolean isPng(byte[] b) {
        return b.length > 4 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot delete {0}", p);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot clean {0}", dir);
        }
    }
}
