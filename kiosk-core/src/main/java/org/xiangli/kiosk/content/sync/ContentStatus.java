package org.xiangli.kiosk.content.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a technician needs to see about content: the bundle applied per publisher and the last sync and import
 * attempts, with the reason of each refusal.
 */
public record ContentStatus(List<Bundle> bundles, List<Attempt> attempts) {

    public ContentStatus {
        bundles = List.copyOf(bundles);
        attempts = List.copyOf(attempts);
    }

    public record Bundle(String publisher, long sequence, String bundleId, boolean full, Instant appliedAt,
                         int items) {
    }

    /**
     * One feed sync or USB import that applied or refused a bundle.
     *
     * @param reason the check that refused it (a {@code BundleException.Reason} name); empty when applied
     * @param detail what the importer recorded: which file, which bundle, what was wrong
     */
    public record Attempt(Instant at, boolean applied, Optional<String> reason, String detail) {
    }
}
