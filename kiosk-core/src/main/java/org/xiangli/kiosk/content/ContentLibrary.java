package org.xiangli.kiosk.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.content.search.SearchText;

/**
 * What the publicity screens may show today: the store's items, filtered by the station's local date, so an
 * expired notice disappears at midnight without any sync.
 */
public final class ContentLibrary {

    /** The kiosk's event log kind of an item opened on the screen (detail: the item id); counted for the county. */
    public static final String EVENT_OPENED = "content.opened";

    private final ContentRepository repository;
    private final Clock clock;
    private volatile java.util.function.Consumer<String> opens = id -> { };

    public ContentLibrary(ContentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Category> categories() {
        List<Category> stored = repository.categories();
        return stored.isEmpty() ? Category.DEFAULTS : stored;
    }

    public List<ContentItem> itemsIn(String category) {
        return repository.visibleIn(category, today());
    }

    public List<ContentItem> featured() {
        return repository.featured(today());
    }

    public List<ContentItem> urgent() {
        return repository.urgent(today());
    }

    /** The same search for the screen and for kioskctl: visible items, title hits first, then the newest. */
    public List<ContentItem> search(String text, int limit) {
        return SearchText.query(text).map(q -> repository.search(q, today(), limit)).orElse(List.of());
    }

    /**
     * An image that came with {@code item}'s bundle, by the path its Markdown gives; never another publisher's.
     * Local content (the demo) has local images.
     */
    public Optional<byte[]> asset(ContentItem item, String name) {
        return item.publisher().isPresent() ? repository.asset(item.publisher().get(), name)
                : repository.localAsset(name);
    }

    /**
     * Where openings of items are counted (issue 17's reach): the composition root gives a recorder that writes off
     * the UI thread; without one, nothing is counted.
     */
    public void countOpensWith(java.util.function.Consumer<String> recorder) {
        this.opens = recorder;
    }

    /** A villager opened {@code item}: counted (an aggregate per item and day, nothing about who). */
    public void opened(ContentItem item) {
        opens.accept(item.id());
    }

    public Optional<ContentItem> find(String id) {
        return repository.find(id).filter(item -> item.isVisibleOn(today()));
    }
}
