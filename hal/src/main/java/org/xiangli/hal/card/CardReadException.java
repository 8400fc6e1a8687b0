package org.xiangli.hal.card;

/** The reader answered, but no identity came of it: an error status, or data that does not decode. */
public final class CardReadException extends Exception {

    private final int statusCode;

    public CardReadException(int statusCode) {
        super("reader answered " + SamStatus.describe(statusCode));
        this.statusCode = statusCode;
    }

    public CardReadException(String message) {
        super(message);
        this.statusCode = -1;
    }

    /** The SW3 code, or -1 when the status was OK but the data was not. */
    public int statusCode() {
        return statusCode;
    }
}
