package org.xiangli.kiosk.payments.lookup;

/** A source could not answer (network, timeout, server error, nonsense reply, no ledger). Never personal. */
public final class SourceUnavailableException extends Exception {

    public SourceUnavailableException(String message) {
        super(message);
    }

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
