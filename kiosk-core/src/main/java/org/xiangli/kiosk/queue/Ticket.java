package org.xiangli.kiosk.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A queue ticket. {@code letter}+{@code number} is its label for the day (A003) and never changes; {@code service}
 * is the service it now waits for, which a transfer changes. {@code window} is 0 until it is called.
 */
public record Ticket(long id, LocalDate day, char letter, int number, char service, PriorityReason priority,
                     TicketStatus status, Instant issuedAt, Optional<Instant> calledAt,
                     Optional<Instant> finishedAt, int window, int callCount, Optional<Integer> rating) {

    /** The label shown, printed and spoken: service letter and three digits, e.g. A003. */
    public String label() {
        return label(letter, number);
    }

    public static String label(char letter, int number) {
        return String.format("%c%03d", letter, number);
    }
}
