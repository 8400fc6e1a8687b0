package org.xiangli.kiosk.content.search;

import java.time.LocalDate;

/**
 * The rowid of an item's search entry: {@code ((2^20 - day number of its published date) << 32) | item rowid}.
 * FTS5 returns matches in rowid order and stops at a LIMIT, so ordering by this key is "newest first" without
 * sorting every match; "published on or before today" is a rowid range; and the item's own rowid is the low half.
 * Day numbers up to 2^20 reach the year 4840; item rowids stay far below 2^32 on a kiosk.
 */
public final class SearchKey {

    private static final long DAYS = 1L << 20;
    private static final long ROWID_MASK = 0xFFFF_FFFFL;

    private SearchKey() {
    }

    public static long of(LocalDate published, long itemRowid) {
        if (itemRowid < 0 || itemRowid > ROWID_MASK) {
            throw new IllegalArgumentException("item rowid " + itemRowid + " does not fit a search key");
        }
        return ((DAYS - published.toEpochDay()) << 32) | itemRowid;
    }

    /** The smallest key of an item published on or before {@code day}. */
    public static long visibleFrom(LocalDate day) {
        return (DAYS - day.toEpochDay()) << 32;
    }

    public static long itemRowid(long key) {
        return key & ROWID_MASK;
    }
}
