package org.xiangli.kiosk.queue;

import java.util.List;
import java.util.Optional;

/**
 * Which waiting ticket a window calls next. Tickets are in arrival order. A priority ticket (绿色通道) goes first,
 * but after {@code maxStreak} priority calls in a row at this window the oldest regular ticket is called, so a
 * steady stream of priority tickets cannot starve everybody else.
 */
public final class NextTicketRule {

    /** The ticket to call and the window's priority streak after calling it. */
    public record Choice(Ticket ticket, int streak) {
    }

    private final int maxStreak;

    public NextTicketRule(int maxStreak) {
        this.maxStreak = maxStreak;
    }

    public Optional<Choice> choose(List<Ticket> waitingInArrivalOrder, int streak) {
        Optional<Ticket> priority = waitingInArrivalOrder.stream().filter(t -> t.priority().isPriority()).findFirst();
        Optional<Ticket> regular = waitingInArrivalOrder.stream().filter(t -> !t.priority().isPriority()).findFirst();
        if (priority.isPresent() && (regular.isEmpty() || streak < maxStreak)) {
            return Optional.of(new Choice(priority.get(), streak + 1));
        }
        return regular.map(t -> new Choice(t, 0));
    }
}
