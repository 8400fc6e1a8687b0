package org.xiangli.kiosk.content.sync;

import org.xiangli.kiosk.content.ContentRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * Reads the {@link ContentStatus} for the technician's screen from what the importer keeps: the applied bundles
 * and the {@code content.applied} / {@code content.rejected} events (refusals are recorded as "REASON: message").
 */
public final class ContentStatusReader {

    private final ContentRepository content;
    private final KioskEventRepository events;

    public ContentStatusReader(ContentRepository content, KioskEventRepository events) {
        this.content = content;
        this.events = events;
    }

    /** The current bundles and the newest {@code attempts} attempts, newest first. */
    public ContentStatus read(int attempts) {
        List<ContentStatus.Bundle> bundles = new ArrayList<>();
        for (ContentRepository.AppliedBundle b : content.appliedBundles()) {
            bundles.add(new ContentStatus.Bundle(b.publisher(), b.sequence(), b.bundleId(), b.full(), b.at(),
                    content.itemCount(b.publisher())));
        }
        List<ContentStatus.Attempt> out = new ArrayList<>();
        for (KioskEventRepository.KioskEvent e : events.latestOf(
                List.of(BundleImporter.EVENT_APPLIED, BundleImporter.EVENT_REJECTED), attempts)) {
            if (e.kind().equals(BundleImporter.EVENT_APPLIED)) {
                out.add(new ContentStatus.Attempt(e.at(), true, Optional.empty(), e.detail()));
            } else {
                out.add(refusal(e));
            }
        }
        return new ContentStatus(bundles, out);
    }

    private static ContentStatus.Attempt refusal(KioskEventRepository.KioskEvent e) {
        int colon = e.detail().indexOf(": ");
        if (colon > 0) {
            String code = e.detail().substring(0, colon);
            for (BundleException.Reason reason : BundleException.Reason.values()) {
                if (reason.name().equals(code)) {
                    return new ContentStatus.Attempt(e.at(), false, Optional.of(code), e.detail().substring(colon + 2));
                }
            }
        }
        return new ContentStatus.Attempt(e.at(), false, Optional.empty(), e.detail());
    }
}
