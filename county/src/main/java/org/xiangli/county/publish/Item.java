package org.xiangli.county.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.Priority;

/**
 * An item as an editor writes it on the hub: the kiosk's fields (title, category, summary, Markdown body, dates,
 * priority), where it goes ({@link Target}), and where it is in its life ({@link Status}).
 */
public record Item(String id, String title, String category, String summary, String body, LocalDate published,
                   Optional<LocalDate> expires, Priority priority, Target target, Status status, String author,
                   Instant createdAt, Instant updatedAt, Optional<String> approvedBy, Optional<Instant> publishedAt) {

    /** Draft → (pending review → approved) → published → withdrawn; any edit returns it to draft. */
    public enum Status {
        DRAFT("草稿"), PENDING("待审核"), APPROVED("已审核"), PUBLISHED("已发布"), WITHDRAWN("已撤回");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /**
     * 村务公开 and 财务公开 need the village supervision committee's approval (seed 003): items of the category
     * 村务公开, and any item whose title or body says 财务公开 or 财务收支.
     */
    public boolean needsReview() {
        return needsReview(category, title, body);
    }

    /** The rule of {@link #needsReview()}, for a form not saved yet. */
    public static boolean needsReview(String category, String title, String body) {
        return category.equals("affairs") || title.contains("财务") || body.contains("财务公开")
                || body.contains("财务收支");
    }

    public String categoryName() {
        Category c = Category.byNameOrCode(category);
        return c == null ? category : c.nameZh();
    }

    public boolean urgent() {
        return priority == Priority.URGENT;
    }
}
