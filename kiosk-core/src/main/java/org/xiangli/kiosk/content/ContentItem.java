package org.xiangli.kiosk.content;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One notice, policy summary or disclosure table. The body is Markdown in {@link MarkdownBlocks}' subset.
 *
 * @param publisher the key id of the bundle it came in (its images are that bundle's); empty for local content
 */
public record ContentItem(
        String id,
        String category,
        String title,
        String summary,
        String bodyMarkdown,
        LocalDate published,
        Optional<LocalDate> expires,
        Priority priority,
        boolean featured,
        Optional<String> url,
        Optional<String> publisher) {

    public ContentItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(bodyMarkdown, "bodyMarkdown");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
    }

    /** An item of local content, or one not yet stored. */
    public ContentItem(String id, String category, String title, String summary, String bodyMarkdown,
                       LocalDate published, Optional<LocalDate> expires, Priority priority, boolean featured,
                       Optional<String> url) {
        this(id, category, title, summary, bodyMarkdown, published, expires, priority, featured, url,
                Optional.empty());
    }

    /** Shown on {@code day} (local date of the station): published and not yet expired. */
    public boolean isVisibleOn(LocalDate day) {
        return !published.isAfter(day) && expires.map(e -> !e.isBefore(day)).orElse(true);
    }
}
