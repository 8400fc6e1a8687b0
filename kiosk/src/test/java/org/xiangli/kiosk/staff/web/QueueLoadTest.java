package org.xiangli.kiosk.staff.web;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.queue.TicketStatus;

/** 10 consoles, 20 displays, 2,000 tickets on loopback: every display sees every call, once, in order. */
class QueueLoadTest {

    private static final int TICKETS = 2_000;

    @TempDir
    Path dir;

    @Test
    void everyDisplaySeesEveryCallOnceAndInOrderUnderLoad() throws Exception {
        try (QueueLoad load = new QueueLoad(dir, 10, 20)) {
            int calls = load.run(TICKETS);
            assertEquals(TICKETS, calls, "every ticket was called once");
            load.awaitDelivered(calls);
            for (DisplayListener display : load.displays) {
                assertNull(display.failure());
                List<Long> ids = display.calls().stream().map(DisplayListener.Received::callId).toList();
                assertEquals(calls, ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    assertEquals(i + 1, ids.get(i), "call " + (i + 1) + " lost or out of order");
                }
            }
            List<Ticket> all = load.f.queue.queue.ticketsBetween(LocalDate.now().minusDays(1),
                    LocalDate.now().plusDays(1));
            Set<String> labels = new HashSet<>();
            all.forEach(t -> labels.add(t.label()));
            assertEquals(TICKETS, labels.size(), "no number issued twice");
            long open = all.stream().filter(t -> t.status() == TicketStatus.WAITING).count();
            assertEquals(0, open);
        }
    }
}
