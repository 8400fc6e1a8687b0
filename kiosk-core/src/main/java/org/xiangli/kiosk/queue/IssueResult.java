package org.xiangli.kiosk.queue;

/**
 * What taking a ticket gave: a new ticket, the same ticket again for a repeated request (a double tap, a retry),
 * or the ticket this person already waits with for this service.
 */
public record IssueResult(Ticket ticket, Kind kind, WaitEstimate estimate) {

    public enum Kind { ISSUED, REPEATED_REQUEST, ALREADY_WAITING }
}
