package org.xiangli.kiosk.payments.lookup;

import org.xiangli.hal.card.CitizenIdNumber;

/**
 * Where payment records come from: the imported ledger, the live service, or the live service with the ledger as
 * fallback. Implementations keep nothing about a lookup after it returns.
 */
public interface PaymentsSource {

    Answer findPayer(CitizenIdNumber idNumber) throws SourceUnavailableException;

    /** The payer of one bill of {@code station}, with that bill as their only record. */
    Answer findBill(String station, String billNo) throws SourceUnavailableException;
}
