package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueStatisticsTest {

    @TempDir
    Path dir;

    @Test
    void figuresPerServiceAndWindowCountWaitsServiceTimesNoShowsAndRatings() {
        try (QueueFixture f = new QueueFixture(dir)) {
            for (int i = 0; i < 4; i++) {
                f.take('A');
            }
            f.take('B');
            f.clock.advance(Duration.ofMinutes(10));
            f.queue.callNext(1); // A001 waited 10 min
            f.clock.advance(Duration.ofMinutes(4));
            f.queue.finish(1);   // served in 4 min
            f.queue.rate(1, 5);
            f.queue.callNext(1); // A002 waited 14 min
            f.queue.noShow(1);
            f.clock.advance(Duration.ofMinutes(6));
            f.queue.callNext(1); // A003 waited 20 min
            f.clock.advance(Duration.ofMinutes(2));
            f.queue.finish(1);   // served in 2 min, not rated
            List<QueueStatistics.Row> rows = QueueStatistics.of(f.queue.ticketsBetween(f.queue.today(),
                    f.queue.today()));
            assertEquals(List.of("A@0", "A@1", "B@0"), rows.stream().map(r -> r.service() + "@" + r.window()).toList());
            QueueStatistics.Row a1 = rows.get(1);
            assertEquals(3, a1.issued());
            assertEquals(2, a1.served());
            assertEquals(1, a1.noShows());
            assertEquals(Duration.ofMinutes(14).plusSeconds(40), a1.averageWait());
            assertEquals(Duration.ofMinutes(20), a1.p90Wait());
            assertEquals(Duration.ofMinutes(3), a1.averageService());
            assertEquals(1, a1.ratings()[4]);
            assertEquals(1, a1.unrated());
        }
    }
}
