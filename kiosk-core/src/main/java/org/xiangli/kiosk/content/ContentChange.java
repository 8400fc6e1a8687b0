package org.xiangli.kiosk.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one verified bundle does to the store, applied by {@link ContentRepository#apply} in one transaction.
 * A full change replaces everything the publisher had (and unsigned local content); a delta adds, updates and
 * withdraws single items.
 *
 * @param assets images by their bundle-relative name, already checked against their SHA-256
 */
public record ContentChange(
        String publisher,
        long sequence,
        String bundleId,
        boolean full,
        List<Category> categories,
        List<ContentItem> items,
        List<String> withdrawn,
        Map<String, Asset> assets) {

    public record Asset(String sha256, byte[] data) {
    }

    public ContentChange {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(bundleId, "bundleId");
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        withdrawn = List.copyOf(withdrawn);
        assets = Map.copyOf(assets);
    }
}
