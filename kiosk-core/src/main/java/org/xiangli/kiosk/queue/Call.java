package org.xiangli.kiosk.queue;

import java.time.Instant;

/**
 * One call (or recall) of a ticket to a window, as the display shows it and the kiosk speaks it. {@code id} grows
 * with every call, so a display that reconnects asks for the calls after the last id it saw. No personal data.
 */
public record Call(long id, Instant at, String ticket, char service, int window, boolean recall) {
}
