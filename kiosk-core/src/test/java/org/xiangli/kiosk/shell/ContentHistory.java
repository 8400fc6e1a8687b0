package org.xiangli.kiosk.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentChange;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.Priority;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * A kiosk's content history for the technician's status page, written through the same repositories the importer
 * uses: a delta bundle applied at 09:30 (Beijing time), then a feed download that stalled and a USB bundle whose
 * signature failed.
 */
final class ContentHistory {

    static final String PUBLISHER = "3f2a9c0d1e4b5a6c";

    private ContentHistory() {
    }

    static void record(Database db) {
        Instant applied = Instant.parse("2026-11-23T01:30:00Z");
        new ContentRepository(db).apply(new ContentChange(PUBLISHER, 7, "county-2026-47", false, List.of(),
                List.of(new ContentItem("county-winter-fire", Category.DEFAULTS.getFirst().code(), "冬季防火提醒",
                        "", "请勿在山林边焚烧秸秆。", LocalDate.of(2026, 11, 22), Optional.empty(), Priority.NORMAL,
                        false, Optional.empty())), List.of(), Map.of()), applied);
        KioskEventRepository events = new KioskEventRepository(db);
        events.record(applied, BundleImporter.EVENT_APPLIED,
                "county-7.xlb: delta bundle county-2026-47 sequence 7 from " + PUBLISHER + ", 1 items, 0 withdrawn");
        events.record(Instant.parse("2026-11-23T01:45:00Z"), BundleImporter.EVENT_REJECTED, "DOWNLOAD_STALLED: "
                + "download from https://county.example/feed/latest.xlb stalled: 12 bytes in the last 60 s; cut after "
                + "81920 bytes, which are kept: the next poll resumes");
        events.record(Instant.parse("2026-11-23T02:00:00Z"), BundleImporter.EVENT_REJECTED,
                "BAD_SIGNATURE: county-7.xlb: the signature does not match the manifest");
    }
}
