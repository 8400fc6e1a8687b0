package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.xiangli.kiosk.satisfaction.SatisfactionReport;

/**
 * What the call display shows beside the calls ({@value #PATH}, no login, polled): the pickup call (masked names of
 * villagers whose finished errands wait) and this month's satisfaction. Aggregates and masked names only: the
 * display hangs in the waiting room.
 */
final class DisplayBoardRoutes {

    static final String PATH = "/display/board";

    /** Null when the kiosk has no station services (no data key): the board is then empty. */
    private final StationServicesRoutes station;

    DisplayBoardRoutes(StationServicesRoutes station) {
        this.station = station;
    }

    record Board(List<String> pickup, Satisfaction satisfaction) {
    }

    record ServiceShare(String service, String share, int ratings) {
    }

    record Satisfaction(int year, int month, int ratings, String share, List<ServiceShare> byService,
                        String requestsAnswered, String errandsOnTime) {

        static Satisfaction of(SatisfactionReport r) {
            return new Satisfaction(r.month().getYear(), r.month().getMonthValue(), r.ratings(),
                    SatisfactionReport.percent(r.satisfiedShare()), r.byService().stream().map(s ->
                    new ServiceShare(s.service(), SatisfactionReport.percent(s.share()), s.ratings())).toList(),
                    SatisfactionReport.percent(r.answeredShare()), SatisfactionReport.percent(r.onTimeShare()));
        }
    }

    void register(RoutesConfig app) {
        app.get(PATH, ctx -> {
            StaffServer.noStore(ctx);
            Board board = station == null ? new Board(List.of(), null)
                    : new Board(station.errands().pickupCalls(), Satisfaction.of(station.satisfaction().thisMonth()));
            ctx.contentType("application/json").result(WebJson.write(board));
        });
    }
}
