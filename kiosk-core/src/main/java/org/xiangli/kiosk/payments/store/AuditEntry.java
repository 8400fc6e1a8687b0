package org.xiangli.kiosk.payments.store;

import java.time.Instant;

/**
 * One lookup for the station's accountability: when, how the villager identified, whose (as a keyed hash, empty
 * when nobody was identified), how many records were shown, and how it ended.
 */
public record AuditEntry(Instant at, String method, String idHash, int records, String outcome) {
}
