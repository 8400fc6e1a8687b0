package org.xiangli.kiosk.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Daily figures per service and window: issued, served, no-shows, average and 90th-percentile wait (issue to
 * first call), average service time (call to finish) and the five-level satisfaction counts. A ticket never called
 * counts under window 0.
 */
public final class QueueStatistics {

    /** One service at one window. {@code ratings[0]} counts 非常不满意 (1) ... {@code ratings[4]} 非常满意 (5). */
    public record Row(char service, int window, int issued, int served, int noShows, Duration averageWait,
                      Duration p90Wait, Duration averageService, int[] ratings, int unrated) {

        public int rated() {
            int sum = 0;
            for (int r : ratings) {
                sum += r;
            }
            return sum;
        }
    }

    private QueueStatistics() {
    }

    public static List<Row> of(List<Ticket> tickets) {
        Map<String, List<Ticket>> groups = new TreeMap<>();
        for (Ticket t : tickets) {
            groups.computeIfAbsent(t.service() + ":" + String.format("%03d", t.window()), k -> new ArrayList<>()).add(t);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Ticket> group : groups.values()) {
            rows.add(row(group));
        }
        rows.sort(Comparator.comparing(Row::service).thenComparing(Row::window));
        return rows;
    }

    private static Row row(List<Ticket> group) {
        Ticket first = group.getFirst();
        int served = 0;
        int noShows = 0;
        int unrated = 0;
        int[] ratings = new int[5];
        List<Long> waits = new ArrayList<>();
        List<Long> services = new ArrayList<>();
        for (Ticket t : group) {
            t.calledAt().ifPresent(called -> waits.add(Duration.between(t.issuedAt(), called).toMillis()));
            if (t.status() == TicketStatus.DONE) {
                served++;
                if (t.calledAt().isPresent() && t.finishedAt().isPresent()) {
                    services.add(Duration.between(t.calledAt().get(), t.finishedAt().get()).toMillis());
                }
                if (t.rating().isPresent()) {
                    ratings[t.rating().get() - 1]++;
                } else {
                    unrated++;
                }
            } else if (t.status() == TicketStatus.NO_SHOW) {
                noShows++;
            }
        }
        return new Row(first.service(), first.window(), group.size(), served, noShows, average(waits),
                percentile(waits, 90), average(services), ratings, unrated);
    }

    private static Duration average(List<Long> millis) {
        return millis.isEmpty() ? Duration.ZERO
                : Duration.ofMillis(Math.round(millis.stream().mapToLong(Long::longValue).average().orElse(0)));
    }

    /** Nearest-rank percentile. */
    static Duration percentile(List<Long> millis, int p) {
        if (millis.isEmpty()) {
            return Duration.ZERO;
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Duration.ofMillis(sorted.get(Math.max(0, rank - 1)));
    }
}
