package org.xiangli.kiosk.queue;

import java.util.List;
import java.util.Optional;

/** What a staff member at one window sees: its state, the ticket being served, held tickets and who waits. */
public record WindowView(WindowState state, List<Character> services, Optional<Ticket> current, List<Ticket> held,
                         List<Ticket> waiting) {
}
