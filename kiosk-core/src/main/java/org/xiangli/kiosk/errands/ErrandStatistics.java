package org.xiangli.kiosk.errands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Errands in a date range, counted: registered, done (on time or late), open ones past their promised date now, and
 * the same by service. Counts only: nothing of who.
 */
public record ErrandStatistics(int registered, int done, int onTime, int late, int overdue,
                               Map<String, ServiceRow> byService) {

    /** One service's counts. */
    public record ServiceRow(String service, int registered, int done, int onTime, int late, int overdue) {
    }

    public ErrandStatistics {
        byService = Map.copyOf(byService);
    }

    /** The share of done errands done on time, 0..1; empty with none done. */
    public java.util.OptionalDouble onTimeRate() {
        return done == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((double) onTime / done);
    }

    static ErrandStatistics of(List<Errand> registered, List<Errand> done, List<Errand> open, LocalDate today,
                               ZoneId zone) {
        Map<String, int[]> rows = new TreeMap<>();
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        for (Errand e : registered) {
            rows.computeIfAbsent(e.service(), s -> new int[5])[0]++;
        }
        for (Errand e : done) {
            int[] row = rows.computeIfAbsent(e.service(), s -> new int[5]);
            row[1]++;
            if (e.onTime(zone).orElse(false)) {
                onTime++;
                row[2]++;
            } else {
                late++;
                row[3]++;
            }
        }
        for (Errand e : open) {
            if (e.overdue(today)) {
                overdue++;
                rows.computeIfAbsent(e.service(), s -> new int[5])[4]++;
            }
        }
        Map<String, ServiceRow> byService = new TreeMap<>();
        rows.forEach((service, r) -> byService.put(service, new ServiceRow(service, r[0], r[1], r[2], r[3], r[4])));
        return new ErrandStatistics(registered.size(), done.size(), onTime, late, overdue, byService);
    }

    /** The rows in service order. */
    public List<ServiceRow> rows() {
        return new TreeMap<>(byService).values().stream().toList();
    }
}
