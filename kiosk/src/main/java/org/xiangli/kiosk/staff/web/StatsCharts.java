package org.xiangli.kiosk.staff.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xiangli.kiosk.queue.Ticket;

/**
 * The statistics page's two charts — tickets taken per hour of the day, and the average wait per day — laid out
 * as numbers (bars, axis ticks, labels in a fixed view box) for the template to draw as inline SVG: no script, no
 * chart library, nothing fetched, so it works offline and prints. A plain rule, tested without a browser.
 */
final class StatsCharts {

    /** The drawing's view box; the page scales it to its box. Text is sized in the same units. */
    static final int WIDTH = 560;
    static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 28;
    /** No more x labels than this: on a year's range only every n-th day is named. */
    static final int MAX_LABELS = 8;
    /** The hours always shown (a station's usual opening hours), widened by any ticket outside them. */
    static final int FIRST_HOUR = 8;
    static final int LAST_HOUR = 17;

    /** A bar chart in view-box units; {@code bars} also make the data table under it. */
    record BarChart(List<Bar> bars, List<Tick> ticks, int width, int height, int left, int right, int top,
                    int bottom) {

        int baseline() {
            return height - bottom;
        }
    }

    /**
     * One bar: its label under the axis (blank where labels are thinned out), its value as the table says it,
     * and where it stands.
     */
    record Bar(String label, String value, boolean labelShown, double x, double y, double w, double h) {

        double labelX() {
            return round(x + w / 2);
        }
    }

    /** A line across the plot at {@code y} with its value on the left. */
    record Tick(double y, String label) {
    }

    private StatsCharts() {
    }

    /** Tickets taken in each hour of the day (station time), over every day of the range. */
    static BarChart hourlyArrivals(List<Ticket> tickets, ZoneId zone) {
        int[] perHour = new int[24];
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (Ticket t : tickets) {
            int hour = t.issuedAt().atZone(zone).getHour();
            perHour[hour]++;
            first = Math.min(first, hour);
            last = Math.max(last, hour);
        }
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int h = first; h <= last; h++) {
            labels.add(String.format(Locale.ROOT, "%02d", h));
            values.add((double) perHour[h]);
            texts.add(String.valueOf(perHour[h]));
        }
        return chart(labels, values, texts, 1);
    }

    /** Average wait (taken to first call) of the tickets of each day, in minutes; "—" for a day with no call. */
    static BarChart waitByDay(List<Ticket> tickets, LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        long[] sum = new long[days];
        int[] count = new int[days];
        for (Ticket t : tickets) {
            int day = (int) (t.day().toEpochDay() - from.toEpochDay());
            if (day >= 0 && day < days && t.calledAt().isPresent()) {
                sum[day] += Duration.between(t.issuedAt(), t.calledAt().get()).toMillis();
                count[day]++;
            }
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            labels.add(from.plusDays(d).format(format));
            double minutes = count[d] == 0 ? 0 : sum[d] / (double) count[d] / 60_000.0;
            values.add(minutes);
            texts.add(count[d] == 0 ? "—" : String.format(Locale.ROOT, "%.1f", minutes));
        }
        return chart(labels, values, texts, 0.5);
    }

    /** Bars side by side across the plot, scaled so the tallest reaches a round top value. */
    private static BarChart chart(List<String> labels, List<Double> values, List<String> texts, double minStep) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double step = niceStep(max / 4, minStep);
        double top = Math.max(step, Math.ceil(max / step) * step);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / values.size();
        double gap = Math.min(slot * 0.2, 6);
        int every = (values.size() + MAX_LABELS - 1) / MAX_LABELS;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double h = plotHeight * values.get(i) / top;
            bars.add(new Bar(labels.get(i), texts.get(i), i % every == 0, round(LEFT + i * slot + gap / 2),
                    round(TOP + plotHeight - h), round(slot - gap), round(h)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double v = 0; v <= top + step / 2; v += step) {
            ticks.add(new Tick(round(TOP + plotHeight - plotHeight * v / top),
                    step % 1 == 0 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v)));
        }
        return new BarChart(bars, ticks, WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw} and {@code min}. */
    static double niceStep(double raw, double min) {
        if (raw <= min) {
            return min;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
