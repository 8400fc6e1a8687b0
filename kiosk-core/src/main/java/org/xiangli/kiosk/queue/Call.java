package org.xiangli.kiosk.queue;

import java.time.Instant;

/**
 * One call (or recall) of a ticket to a window, as the display shows it and the kiosk speaks it. {@code id} grows
 * with every call, so a display that reconnects asks for the calls after the last id it saw. {@code priority}: the
 * ticket goes through the priority lane (绿色通道), which the displays say. No personal data.
 */
public record Call(long id, Instant at, String ticket, char service, int window, boolean recall, boolean priority) {

    /** A call of a regular (not 绿色通道) ticket. */
    public Call(long id, Instant at, String ticket, char service, int window, boolean recall) {
        this(id, at, ticket, service, window, recall, false);
    }
}
