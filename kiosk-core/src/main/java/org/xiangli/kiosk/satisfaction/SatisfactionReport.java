package org.xiangli.kiosk.satisfaction;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The station's published satisfaction for a month (评价结果公开): the share of ratings that were 满意 or 非常满意,
 * how many ratings, the same by service, and the rate of answered requests and of errands done on time. Aggregates
 * only: no name, no ticket, nothing that points at a person.
 */
public record SatisfactionReport(LocalDate month, int ratings, int satisfied, List<ServiceRow> byService,
                                 int requests, int requestsAnswered, int errandsDone, int errandsOnTime) {

    /** One service's ratings this month. */
    public record ServiceRow(String service, int ratings, int satisfied) {
        public OptionalDouble share() {
            return SatisfactionReport.share(satisfied, ratings);
        }
    }

    public SatisfactionReport {
        byService = List.copyOf(byService);
    }

    public OptionalDouble satisfiedShare() {
        return share(satisfied, ratings);
    }

    public OptionalDouble answeredShare() {
        return share(requestsAnswered, requests);
    }

    public OptionalDouble onTimeShare() {
        return share(errandsOnTime, errandsDone);
    }

    /** A share as a whole percentage ("87%"), or "—" when there is nothing to count. */
    public static String percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + "%" : "—";
    }

    static OptionalDouble share(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
