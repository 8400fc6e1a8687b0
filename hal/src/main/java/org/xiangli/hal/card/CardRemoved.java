package org.xiangli.hal.card;

import java.time.Instant;
import java.util.Objects;

/**
 * The card that was read last has left the reader: seen absent for at least the reader's debounce time, or the
 * reader itself went away while the card was on it (then nobody can vouch it is still there). Carries no personal
 * data: the kiosk only needs to know that the session opened by the card may end.
 *
 * @param at when the removal was confirmed
 * @param readerLost true when the reader was unplugged or stopped answering rather than seeing the card go
 */
public record CardRemoved(Instant at, boolean readerLost) {

    public CardRemoved {
        Objects.requireNonNull(at, "at");
    }
}
