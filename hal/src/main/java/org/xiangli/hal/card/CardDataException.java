package org.xiangli.hal.card;

/** A text block that does not hold a valid identity: a bad date, a wrong ID number, a block of the wrong size. */
public final class CardDataException extends Exception {

    public CardDataException(String message) {
        super(message);
    }
}
