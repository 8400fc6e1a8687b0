package org.xiangli.county.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.xiangli.kiosk.content.ContentFileException;
import org.xiangli.kiosk.content.bundle.BundleBuilder;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;

/**
 * Builds each station's bundle with the same builder as {@code kioskctl content build}: the station's published,
 * unexpired items are written out as the Markdown folder the builder reads (front matter, body, images beside it),
 * then built, signed with the hub's publisher key and kept under {@code feed/<station>/} for the feed. A station
 * that has items gets a full bundle (what it does not hold is dropped, so a withdrawn item goes); a station left
 * with none gets a delta withdrawing what its last bundle held (a full bundle needs an item).
 */
public final class StationBundles {

    private static final System.Logger LOG = System.getLogger(StationBundles.class.getName());

    /** What a station's bundle is built from: its items and their images. */
    public record StationContent(String station, List<Item> items, Map<String, Map<String, byte[]>> assets,
                                 List<String> previous) {
    }

    private final Path feedDir;
    private final PublisherKeyFiles.Signer signer;
    private final Clock clock;

    public StationBundles(Path feedDir, PublisherKeyFiles.Signer signer, Clock clock) {
        this.feedDir = feedDir;
        this.signer = signer;
        this.clock = clock;
    }

    /** Builds one station's bundle; empty when there is nothing to say (no items now, none before). */
    public java.util.Optional<ItemRepository.StationBundle> build(StationContent content, long sequence)
            throws IOException {
        List<String> ids = content.items().stream().map(Item::id).toList();
        List<String> gone = content.previous().stream().filter(id -> !ids.contains(id)).toList();
        if (ids.isEmpty() && gone.isEmpty()) {
            return java.util.Optional.empty();
        }
        Path work = Files.createTempDirectory("xl-bundle-");
        try {
            for (Item item : content.items()) {
                Files.writeString(work.resolve(item.id() + ".md"), markdown(item, content.station()),
                        StandardCharsets.UTF_8);
                for (Map.Entry<String, byte[]> a : content.assets().getOrDefault(item.id(), Map.of()).entrySet()) {
                    Path file = work.resolve(item.id()).resolve(a.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, a.getValue());
                }
            }
            Path dir = feedDir.resolve(content.station());
            Files.createDirectories(dir);
            Path out = dir.resolve(sequence + ".xlb");
            Instant now = clock.instant();
            try {
                new BundleBuilder(BundleLimits.DEFAULT).build(work, signer, new BundleBuilder.Options(sequence,
                        ids.isEmpty(), ids.isEmpty() ? gone : List.of(), List.of(content.station()), now), out);
            } catch (ContentFileException e) {
                // The hub wrote these files itself from checked fields: a refusal here is the hub's own fault.
                throw new IllegalStateException("the hub wrote content the builder refuses: " + e.getMessage(), e);
            }
            String etag = "\"" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(out)), 0, 16) + "\"";
            forgetOlder(dir, out);
            LOG.log(System.Logger.Level.INFO, "bundle {0} for {1}: {2} items, {3} withdrawn", sequence,
                    content.station(), ids.size(), ids.isEmpty() ? gone.size() : 0);
            return java.util.Optional.of(new ItemRepository.StationBundle(content.station(), sequence, now, ids,
                    feedDir.relativize(out).toString(), etag));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } finally {
            deleteTree(work);
        }
    }

    /** The file a bundle row names. */
    public Path file(ItemRepository.StationBundle bundle) {
        return feedDir.resolve(bundle.file());
    }

    /**
     * The front matter the builder reads. Every value is one line (the form refuses line breaks in them) and is
     * quoted, so a title that starts or ends with a quote keeps it.
     */
    static String markdown(Item item, String station) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: \"").append(oneLine(item.title())).append("\"\n");
        md.append("category: ").append(item.category()).append('\n');
        md.append("published: ").append(item.published()).append('\n');
        item.expires().ifPresent(e -> md.append("expires: ").append(e).append('\n'));
        md.append("priority: ").append(item.priority().code()).append('\n');
        if (!item.summary().isBlank()) {
            md.append("summary: \"").append(oneLine(item.summary())).append("\"\n");
        }
        md.append("stations: ").append(station).append('\n');
        md.append("---\n").append(item.body().strip()).append('\n');
        return md.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** Keeps the newest bundle and the one before (a kiosk may be resuming it; If-Range then restarts it). */
    private static void forgetOlder(Path dir, Path newest) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = new ArrayList<>(list.filter(p -> p.toString().endsWith(".xlb") && !p.equals(newest))
                    .sorted(java.util.Comparator.comparingLong(StationBundles::sequenceOf).reversed()).toList());
        }
        for (Path old : files.subList(Math.min(1, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long sequenceOf(Path p) {
        String n = p.getFileName().toString();
        try {
            return Long.parseLong(n.substring(0, n.length() - 4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static boolean live(Item item, LocalDate today) {
        return item.expires().map(e -> !e.isBefore(today)).orElse(true);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot delete {0}: {1}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot clean {0}: {1}", dir, e.getMessage());
        }
    }
}
