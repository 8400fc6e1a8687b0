package org.xiangli.kiosk.payments.store;

import java.time.Instant;

/** The imported ledger: which bundle, how old its data is, how much it holds. */
public record LedgerInfo(String bundleId, String publisher, long sequence, Instant created, Instant importedAt,
                         int payers, int records) {
}
