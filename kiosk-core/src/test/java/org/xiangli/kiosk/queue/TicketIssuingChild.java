package org.xiangli.kiosk.queue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;

/**
 * The JVM the power-cut test kills: issues tickets for service A as fast as it can and prints each label only
 * after its transaction committed, so every printed label is a ticket a villager may hold in their hand.
 */
public final class TicketIssuingChild {

    private TicketIssuingChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String run = args[1];
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), QueueFixture.SHANGHAI);
        Database database = Database.open(db);
        QueueService queue = new QueueService(new QueueRepository(database), () -> QueueFixture.SERVICES,
                QueueFixture.policy(), clock);
        for (int i = 0; ; i++) {
            IssueResult result = queue.take(run + "-" + i, 'A', Optional.empty());
            System.out.println(result.ticket().label());
            System.out.flush();
        }
    }
}
