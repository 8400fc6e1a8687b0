package org.xiangli.kiosk.ui;

import org.xiangli.hal.card.IdentityCard;

/**
 * A page that reacts to the card reader or the scanner. The shell hands device events to the page on screen and
 * to no other, so a card laid on the reader on an unrelated page does nothing.
 */
public interface DeviceAware {

    default void onCardRead(IdentityCard card) {
    }

    default void onCodeScanned(String text) {
    }

    /** Whether taking the card away should end the session (after the shell's grace time). */
    default boolean endsWhenCardLeaves() {
        return false;
    }
}
