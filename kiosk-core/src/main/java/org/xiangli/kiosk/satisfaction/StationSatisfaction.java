package org.xiangli.kiosk.satisfaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.errands.ErrandStatistics;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.requests.RequestStatistics;

/**
 * Builds the month's {@link SatisfactionReport} from the queue's five-level ratings (4 = 满意, 5 = 非常满意), the
 * requests and the errands. The kiosk's page and the call display both show it.
 */
public final class StationSatisfaction {

    /** Ratings at or above this level count as satisfied (满意, 非常满意). */
    static final int SATISFIED = 4;

    private final QueueService queue;
    private final ErrandDesk errands;
    private final RequestDesk requests;

    public StationSatisfaction(QueueService queue, ErrandDesk errands, RequestDesk requests) {
        this.queue = queue;
        this.errands = errands;
        this.requests = requests;
    }

    /** This month so far. */
    public SatisfactionReport thisMonth() {
        LocalDate today = queue.today();
        return month(today.withDayOfMonth(1), today);
    }

    SatisfactionReport month(LocalDate from, LocalDate to) {
        Map<Character, String> names = new TreeMap<>();
        for (ServiceItem s : queue.services()) {
            names.put(s.letter(), s.name());
        }
        Map<String, int[]> rows = new TreeMap<>();
        int ratings = 0;
        int satisfied = 0;
        for (Ticket t : queue.ticketsBetween(from, to)) {
            if (t.rating().isEmpty()) {
                continue;
            }
            boolean good = t.rating().get() >= SATISFIED;
            ratings++;
            satisfied += good ? 1 : 0;
            int[] row = rows.computeIfAbsent(names.getOrDefault(t.service(), String.valueOf(t.service())),
                    s -> new int[2]);
            row[0]++;
            row[1] += good ? 1 : 0;
        }
        List<SatisfactionReport.ServiceRow> byService = new ArrayList<>();
        rows.forEach((service, r) -> byService.add(new SatisfactionReport.ServiceRow(service, r[0], r[1])));
        RequestStatistics req = requests.statistics(from, to);
        ErrandStatistics err = errands.statistics(from, to);
        return new SatisfactionReport(from, ratings, satisfied, byService, req.total(), req.answered(), err.done(),
                err.onTime());
    }
}
