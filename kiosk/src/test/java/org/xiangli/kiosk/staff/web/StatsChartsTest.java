package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.queue.PriorityReason;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.queue.TicketStatus;
import org.xiangli.kiosk.staff.web.StatsCharts.Bar;
import org.xiangli.kiosk.staff.web.StatsCharts.BarChart;

/** The charts' layout from tickets: counts per hour in station time, average waits per day, bars within the plot. */
class StatsChartsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void ticketsAreCountedInTheStationsHourAndTheUsualHoursAreAlwaysShown() {
        List<Ticket> tickets = List.of(ticket(DAY, 9, 5, 10), ticket(DAY, 9, 40, 5), ticket(DAY, 19, 0, 0));

        BarChart chart = StatsCharts.hourlyArrivals(tickets, SHANGHAI);

        assertEquals("08", chart.bars().getFirst().label());
        assertEquals("19", chart.bars().getLast().label(), "widened to the late ticket");
        assertEquals("2", bar(chart, "09").value());
        assertEquals("0", bar(chart, "10").value());
        assertEquals("1", bar(chart, "19").value());
        assertTrue(bar(chart, "09").h() > bar(chart, "19").h());
        assertEquals(0.0, bar(chart, "10").h());
    }

    @Test
    void theWaitOfADayIsTheAverageFromTakingToFirstCallAndADayWithoutCallsShowsADash() {
        List<Ticket> tickets = List.of(ticket(DAY, 9, 0, 10), ticket(DAY, 10, 0, 20),
                ticket(DAY.plusDays(2), 9, 0, 3));

        BarChart chart = StatsCharts.waitByDay(tickets, DAY, DAY.plusDays(2));

        assertEquals(List.of("11-23", "11-24", "11-25"), chart.bars().stream().map(Bar::label).toList());
        assertEquals(List.of("15.0", "—", "3.0"), chart.bars().stream().map(Bar::value).toList());
    }

    @Test
    void everyBarStaysInsideThePlotAndTheTopTickIsAtLeastTheTallestBar() {
        List<Ticket> tickets = List.of(ticket(DAY, 9, 0, 37), ticket(DAY.plusDays(1), 9, 0, 121));

        BarChart chart = StatsCharts.waitByDay(tickets, DAY, DAY.plusDays(1));

        for (Bar b : chart.bars()) {
            assertTrue(b.y() >= chart.top() && b.y() + b.h() <= chart.baseline() + 0.01, b.toString());
            assertTrue(b.x() >= chart.left() && b.x() + b.w() <= chart.width() - chart.right() + 0.01, b.toString());
        }
        assertTrue(Double.parseDouble(chart.ticks().getLast().label()) >= 121, chart.ticks().toString());
    }

    @Test
    void aYearsRangeNamesOnlyAFewDays() {
        BarChart chart = StatsCharts.waitByDay(List.of(), DAY, DAY.plusDays(365));

        assertEquals(366, chart.bars().size());
        assertTrue(chart.bars().stream().filter(Bar::labelShown).count() <= StatsCharts.MAX_LABELS);
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, StatsCharts.niceStep(0.3, 1));
        assertEquals(2, StatsCharts.niceStep(1.5, 1));
        assertEquals(50, StatsCharts.niceStep(31, 1));
        assertEquals(100, StatsCharts.niceStep(51, 1));
    }

    private static Bar bar(BarChart chart, String label) {
        return chart.bars().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow();
    }

    /** A ticket taken at hh:mm station time on {@code day} and called {@code waitMinutes} later. */
    private static Ticket ticket(LocalDate day, int hour, int minute, int waitMinutes) {
        Instant issued = ZonedDateTime.of(day.atTime(hour, minute), SHANGHAI).toInstant();
        return new Ticket(1, day, 'A', 1, 'A', PriorityReason.NONE, TicketStatus.DONE, issued,
                Optional.of(issued.plusSeconds(60L * waitMinutes)), Optional.empty(), 1, 1, Optional.empty());
    }
}
