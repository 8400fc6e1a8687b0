package org.xiangli.kiosk.queue;

import java.time.Instant;

/** A finished ticket whose villager may still rate the service, until {@code deadline}. */
public record PendingRating(long ticketId, String ticket, int window, Instant deadline) {
}
