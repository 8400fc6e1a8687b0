package org.xiangli.kiosk.content.bundle;

import org.xiangli.kiosk.keys.TrustedKeys;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentChange;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.Priority;
import org.xiangli.kiosk.content.StaleBundleException;
import org.xiangli.kiosk.content.bundle.BundleException.Reason;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * Verifies a bundle file and applies it in one transaction. Whatever goes wrong, the content already there stays
 * as it was, and the reason is recorded as a {@code content.rejected} event for technicians.
 */
public final class BundleImporter {

    public static final String EVENT_APPLIED = "content.applied";
    public static final String EVENT_REJECTED = "content.rejected";

    private static final System.Logger LOG = System.getLogger(BundleImporter.class.getName());

    /** What an import did. */
    public record Result(String bundleId, String publisher, long sequence, boolean full, int items, int withdrawn,
                         int assets) {
    }

    private final ContentRepository repository;
    private final KioskEventRepository events;
    private final TrustedKeys trusted;
    private final String stationCode;
    private final BundleLimits limits;
    private final Clock clock;

    public BundleImporter(ContentRepository repository, KioskEventRepository events, TrustedKeys trusted,
                          String stationCode, BundleLimits limits, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.trusted = trusted;
        this.stationCode = stationCode;
        this.limits = limits;
        this.clock = clock;
    }

    /** Verifies {@code file} against the trusted keys; nothing is written. */
    public VerifiedBundle verify(Path file) throws BundleException {
        return new BundleReader(trusted::find, limits).read(file);
    }

    public Result importFile(Path file) throws BundleException {
        try {
            return apply(verify(file), file);
        } catch (BundleException e) {
            throw rejected(e);
        }
    }

    /**
     * Like {@link #importFile}, but a bundle whose sequence its publisher already applied is passed over quietly
     * (empty, nothing recorded as refused): a USB stick left in the kiosk offers the same bundle at every start.
     */
    public Optional<Result> importIfNewer(Path file) throws BundleException {
        try {
            VerifiedBundle bundle = verify(file);
            long applied = repository.appliedSequence(bundle.publisher().id());
            if (bundle.manifest().sequence() <= applied) {
                LOG.log(Level.INFO, "{0}: sequence {1} of {2} is applied already (at {3}); passed over",
                        file.getFileName(), bundle.manifest().sequence(), bundle.publisher().id(), applied);
                return Optional.empty();
            }
            return Optional.of(apply(bundle, file));
        } catch (BundleException e) {
            throw rejected(e);
        }
    }

    private BundleException rejected(BundleException e) {
        events.record(clock.instant(), EVENT_REJECTED, e.reason() + ": " + e.getMessage());
        LOG.log(Level.WARNING, "content bundle rejected, current content kept: {0}", e.getMessage());
        return e;
    }

    private Result apply(VerifiedBundle bundle, Path file) throws BundleException {
        Manifest m = bundle.manifest();
        if (!m.isFor(stationCode)) {
            throw new BundleException(Reason.NOT_FOR_THIS_STATION, file.getFileName() + " is for stations "
                    + m.scope() + ", not for this station (" + stationCode + ")");
        }
        ContentChange change = change(bundle, file.getFileName().toString());
        try {
            repository.apply(change, clock.instant());
        } catch (StaleBundleException e) {
            throw new BundleException(Reason.STALE_SEQUENCE, file.getFileName() + ": " + e.getMessage(), e);
        }
        Result result = new Result(m.id(), bundle.publisher().id(), m.sequence(), m.full(), change.items().size(),
                change.withdrawn().size(), change.assets().size());
        String detail = file.getFileName() + ": " + (m.full() ? "full" : "delta") + " bundle " + m.id()
                + " sequence " + m.sequence() + " from " + bundle.publisher().id() + ", " + result.items()
                + " items, " + result.withdrawn() + " withdrawn";
        events.record(clock.instant(), EVENT_APPLIED, detail);
        LOG.log(Level.INFO, "content applied: {0}", detail);
        return result;
    }

    private ContentChange change(VerifiedBundle bundle, String name) throws BundleException {
        Manifest m = bundle.manifest();
        List<Category> categories = m.categories().isEmpty() ? Category.DEFAULTS : m.categories().stream()
                .map(c -> new Category(c.code(), c.nameZh(), c.nameEn(), c.sortOrder())).toList();
        Set<String> codes = categories.stream().map(Category::code).collect(Collectors.toSet());
        List<ContentItem> items = new ArrayList<>();
        for (Manifest.ItemEntry e : m.items()) {
            if (e.stations() != null && !e.stations().isEmpty() && !e.stations().contains(stationCode)) {
                continue;
            }
            items.add(item(e, codes, name));
        }
        Map<String, ContentChange.Asset> assets = new LinkedHashMap<>();
        for (Manifest.AssetEntry a : m.assets()) {
            assets.put(a.name(), new ContentChange.Asset(a.sha256().toLowerCase(java.util.Locale.ROOT),
                    bundle.assets().get(a.name())));
        }
        return new ContentChange(bundle.publisher().id(), m.sequence(), m.id(), m.full(), categories, items,
                m.withdrawn(), assets);
    }

    private static ContentItem item(Manifest.ItemEntry e, Set<String> categories, String name) throws BundleException {
        String where = name + ": item '" + e.id() + "'";
        if (e.id() == null || e.title() == null || e.body() == null || e.published() == null) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, where + " lacks an id, title, body or published date");
        }
        if (!categories.contains(e.category())) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, where + " has unknown category '" + e.category() + "'");
        }
        try {
            return new ContentItem(e.id(), e.category(), e.title(), e.summary() == null ? "" : e.summary(), e.body(),
                    LocalDate.parse(e.published()), Optional.ofNullable(e.expires()).map(LocalDate::parse),
                    Priority.ofCode(e.priority() == null ? "normal" : e.priority()), e.featured(),
                    Optional.ofNullable(e.url()));
        } catch (DateTimeParseException | IllegalArgumentException ex) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, where + ": " + ex.getMessage(), ex);
        }
    }
}
