package org.xiangli.kiosk.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.errands.ErrandRepository;
import org.xiangli.kiosk.errands.ErrandState;
import org.xiangli.kiosk.errands.IdentitySeal;
import org.xiangli.kiosk.payments.FactorLockout;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.Sealer;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.requests.RequestRepository;
import org.xiangli.kiosk.requests.RequestTopic;

/** The month's published figures from real tickets, ratings, requests and errands: shares and counts only. */
class StationSatisfactionTest {

    @TempDir
    Path dir;

    @Test
    void theMonthsSharesCountRatingsByServiceAnsweredRequestsAndErrandsOnTime() {
        try (QueueFixture q = new QueueFixture(dir, Instant.parse("2026-11-20T01:00:00Z"))) {
            DataKey key = DataKey.of(new byte[32]);
            IdentitySeal seal = new IdentitySeal(new KeyedHash(key), new Sealer(key));
            ErrandDesk errands = new ErrandDesk(new ErrandRepository(q.db), seal,
                    new FactorLockout(3, Duration.ofMinutes(15)), "QS-01", QueueFixture.SHANGHAI, q.clock);
            RequestDesk requests = new RequestDesk(new RequestRepository(q.db), seal, dir.resolve("requests"),
                    "QS-01", QueueFixture.SHANGHAI, q.clock);
            serveAndRate(q, 'A', 1, 5);
            serveAndRate(q, 'A', 1, 4);
            serveAndRate(q, 'A', 1, 2);
            serveAndRate(q, 'B', 2, 3);
            var request = requests.submit(RequestTopic.POLICY, "request.phrase.POLICY.1", Optional.empty(), "");
            requests.submit(RequestTopic.OTHER, "request.phrase.OTHER.2", Optional.empty(), "");
            requests.answer(request.number(), "见公开栏。", "clerk");
            String errand = errands.register(DemoIdentities.LI_JIANGUO.idNumber().value(), "李建国", "户籍",
                    errands.today().plusDays(2), "", "clerk").errand().number();
            errands.change(errand, ErrandState.DONE, "clerk", "");

            SatisfactionReport r = new StationSatisfaction(q.queue, errands, requests).thisMonth();

            assertEquals(4, r.ratings());
            assertEquals(2, r.satisfied());
            assertEquals("50%", SatisfactionReport.percent(r.satisfiedShare()));
            assertEquals(List.of(new SatisfactionReport.ServiceRow("民政救助", 1, 0),
                    new SatisfactionReport.ServiceRow("社保医保", 3, 2)), r.byService());
            assertEquals("67%", SatisfactionReport.percent(r.byService().get(1).share()));
            assertEquals("50%", SatisfactionReport.percent(r.answeredShare()));
            assertEquals("100%", SatisfactionReport.percent(r.onTimeShare()));
        }
    }

    private static void serveAndRate(QueueFixture q, char service, int window, int level) {
        q.take(service);
        q.queue.callNext(window);
        q.clock.advance(Duration.ofMinutes(3));
        q.queue.finish(window);
        q.queue.rate(window, level);
    }
}
