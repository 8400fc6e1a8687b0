package org.xiangli.kiosk.store;

/** The database could not do what was asked; the message says what and where. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
