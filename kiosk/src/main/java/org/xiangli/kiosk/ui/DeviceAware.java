package org.xiangli.kiosk.ui;

import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.device.DeviceStatus;

/**
 * A page that reacts to the card reader, the scanner or the printer's state. The shell's device router hands
 * device events to the page on screen and to no other, on the UI thread; a card the page does not take is the
 * shell's to answer (a gentle hint), so a card laid on the reader on an unrelated page changes nothing there.
 */
public interface DeviceAware {

    /** A card was read while this page shows: returns whether the page took it (false: the shell gives a hint). */
    default boolean onCardRead(IdentityCard card) {
        return false;
    }

    /**
     * A card already lying on the reader when this page opened (laid on an earlier page): the villager need not lift
     * and lay it again. Most pages take it as if just read; a page where a read does something at once that a mere
     * arrival should not (taking a ticket) overrides this.
     */
    default void onCardPresent(IdentityCard card) {
        onCardRead(card);
    }

    default void onCodeScanned(String text) {
    }

    /** The receipt printer's status changed (paper near end or out, cover open, offline, back online). */
    default void onPrinterStatus(DeviceStatus status) {
    }

    /** Whether taking the card away should end the session (a little later: the shell's grace time). */
    default boolean endsWhenCardLeaves() {
        return false;
    }
}
