package org.xiangli.kiosk.payments.ledger;

/** A ledger (bundle, JSON, or live answer) that cannot be used; the message says why, never whose data it is. */
public final class LedgerException extends Exception {

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
