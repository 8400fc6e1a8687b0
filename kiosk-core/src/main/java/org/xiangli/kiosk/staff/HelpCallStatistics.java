package org.xiangli.kiosk.staff;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The statistics of calls for staff (呼叫工作人员) over a period: how many, how many were answered, and how long the
 * villager waited until staff answered (median and 90th percentile, nearest rank; empty when none was answered).
 */
public record HelpCallStatistics(int calls, int answered, Optional<Duration> medianToAnswer,
                                 Optional<Duration> p90ToAnswer) {

    public static HelpCallStatistics of(List<HelpCall> calls) {
        List<Duration> waits = calls.stream().flatMap(c -> c.waited().stream()).sorted().toList();
        return new HelpCallStatistics(calls.size(), waits.size(), percentile(waits, 50), percentile(waits, 90));
    }

    /** Nearest rank: the smallest value with at least {@code p}% of the values at or below it. */
    static Optional<Duration> percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(0, rank - 1)));
    }
}
