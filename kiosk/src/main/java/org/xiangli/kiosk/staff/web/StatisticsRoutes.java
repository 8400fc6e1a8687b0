package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.ZoneId;
import org.xiangli.kiosk.staff.HelpCallStatistics;
import org.xiangli.kiosk.staff.HelpDesk;
import org.xiangli.kiosk.csv.CsvSheet;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.QueueStatistics;
import org.xiangli.kiosk.queue.QueueStatistics.Row;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.staff.web.StatsCharts.BarChart;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.staff.web.AdminPage.AdminFrame;

/**
 * Admin statistics for a day or a date range: tickets per hour and the wait per day as charts, a table with
 * satisfaction bars, and the table's figures as CSV.
 */
final class StatisticsRoutes {

    private static final int MAX_DAYS = 366;

    private final QueueService queue;
    private final AdminPage page;
    private final Messages messages;
    private final HelpDesk helpDesk;
    /** 代办 and 诉求·意见, when the kiosk has them. */
    private org.xiangli.kiosk.errands.ErrandDesk errands;
    private org.xiangli.kiosk.requests.RequestDesk requests;

    StatisticsRoutes(QueueService queue, AdminPage page, HelpDesk helpDesk) {
        this.helpDesk = helpDesk;
        this.queue = queue;
        this.page = page;
        this.messages = page.pages().messages();
    }

    /** Adds errands (on time, overdue, by service) and requests (by topic, time to answer) to the page and CSV. */
    void station(org.xiangli.kiosk.errands.ErrandDesk errands, org.xiangli.kiosk.requests.RequestDesk requests) {
        this.errands = errands;
        this.requests = requests;
    }

    void register(RoutesConfig app) {
        app.get("/admin/stats", this::page);
        app.get("/admin/stats.csv", this::csv);
    }

    /** The statistics page for {@code from}..{@code to}: one row per service and window. */
    record StatsPage(AdminFrame a, LocalDate from, LocalDate to, List<StatsRow> rows, BarChart hourly,
                     BarChart waits, HelpRow help, StationStats station) {

        /** Without errands and requests (a kiosk with no data key). */
        StatsPage(AdminFrame a, LocalDate from, LocalDate to, List<StatsRow> rows, BarChart hourly, BarChart waits,
                  HelpRow help) {
            this(a, from, to, rows, hourly, waits, help, null);
        }
    }

    /** Calls for staff in the range: how many, answered, and the minutes to an answer ("—" when none). */
    record HelpRow(int calls, int answered, String medianToAnswer, String p90ToAnswer) {
    }

    /** Errands and requests in the range; null when the kiosk has neither. */
    record StationStats(org.xiangli.kiosk.errands.ErrandStatistics errands, List<TopicRow> topics, int requests,
                        int answered, String avgAnswerHours) {
    }

    record TopicRow(String topic, int total, int answered, String avgAnswerHours) {
    }

    /** A row of the table; minutes already formatted, the satisfaction bar laid out in {@code bars}. */
    record StatsRow(String service, String window, int issued, int served, int noShows, String avgWait,
                    String p90Wait, String avgService, int rated, int total, List<RatingBar> bars) {
    }

    /** One level's part of a satisfaction bar, as a share of 100 starting at {@code x}. */
    record RatingBar(int level, int count, double x, double width) {
    }

    private void page(Context ctx) {
        LocalDate[] range = range(ctx);
        List<Ticket> tickets = queue.ticketsBetween(range[0], range[1]);
        List<StatsRow> rows = QueueStatistics.of(tickets).stream().map(this::row).toList();
        page.show(ctx, 200, "stats.jte", new StatsPage(page.frame(ctx, ""), range[0], range[1], rows,
                StatsCharts.hourlyArrivals(tickets, queue.policy().zone()),
                StatsCharts.waitByDay(tickets, range[0], range[1]), helpRow(helpStatistics(range)),
                station(range[0], range[1])));
    }

    /** Calls for staff by the station's calendar days {@code range}, from midnight to midnight. */
    private HelpCallStatistics helpStatistics(LocalDate[] range) {
        ZoneId zone = queue.policy().zone();
        return HelpCallStatistics.of(helpDesk.between(range[0].atStartOfDay(zone).toInstant(),
                range[1].plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static HelpRow helpRow(HelpCallStatistics s) {
        return new HelpRow(s.calls(), s.answered(), s.medianToAnswer().map(StatisticsRoutes::minutes).orElse("—"),
                s.p90ToAnswer().map(StatisticsRoutes::minutes).orElse("—"));
    }

    private StationStats station(LocalDate from, LocalDate to) {
        if (errands == null || requests == null) {
            return null;
        }
        org.xiangli.kiosk.requests.RequestStatistics r = requests.statistics(from, to);
        return new StationStats(errands.statistics(from, to), r.rows().stream().map(t -> new TopicRow(
                messages.get(t.topic().messageKey()), t.total(), t.answered(), hours(t.averageTimeToAnswer())))
                .toList(), r.total(), r.answered(), hours(r.averageTimeToAnswer()));
    }

    private static String hours(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMinutes() / 60.0);
    }

    private StatsRow row(Row r) {
        int total = r.rated() + r.unrated();
        List<RatingBar> bars = new ArrayList<>();
        double x = 0;
        for (int level = 5; level >= 1 && total > 0; level--) {
            int count = r.ratings()[level - 1];
            double width = Math.round(10_000.0 * count / total) / 100.0;
            bars.add(new RatingBar(level, count, x, width));
            x += width;
        }
        return new StatsRow(serviceName(r.service()), r.window() == 0 ? "—" : String.valueOf(r.window()),
                r.issued(), r.served(), r.noShows(), minutes(r.averageWait()), minutes(r.p90Wait()),
                minutes(r.averageService()), r.rated(), total, bars);
    }

    private void csv(Context ctx) {
        LocalDate[] range = range(ctx);
        CsvSheet csv = CsvSheet.forSpreadsheets(); // BOM: Excel on the station PC then reads UTF-8 Chinese
        csv.row(messages.get("web.stats.service"), messages.get("web.stats.window"),
                messages.get("web.stats.issued"), messages.get("web.stats.served"), messages.get("web.stats.noShows"),
                messages.get("web.stats.avgWaitSeconds"), messages.get("web.stats.p90WaitSeconds"),
                messages.get("web.stats.avgServiceSeconds"), messages.get("web.rating.5"),
                messages.get("web.rating.4"), messages.get("web.rating.3"), messages.get("web.rating.2"),
                messages.get("web.rating.1"), messages.get("web.stats.unrated"));
        for (Row r : QueueStatistics.of(queue.ticketsBetween(range[0], range[1]))) {
            // An admin typed the service's name: a text cell. Every figure is a number cell.
            csv.text(r.service() + " " + serviceName(r.service())).number(r.window()).number(r.issued())
                    .number(r.served()).number(r.noShows()).number(r.averageWait().toSeconds())
                    .number(r.p90Wait().toSeconds()).number(r.averageService().toSeconds());
            for (int level = 5; level >= 1; level--) {
                csv.number(r.ratings()[level - 1]);
            }
            csv.number(r.unrated()).endRow();
        }
        // A second small table under a blank row: the calls for staff (呼叫工作人员) of the same days.
        HelpCallStatistics help = helpStatistics(range);
        csv.endRow();
        csv.row(messages.get("web.stats.help"), messages.get("web.stats.helpCalls"),
                messages.get("web.stats.helpAnswered"), messages.get("web.stats.helpMedianSeconds"),
                messages.get("web.stats.helpP90Seconds"));
        csv.text(messages.get("web.stats.help")).number(help.calls()).number(help.answered());
        if (help.medianToAnswer().isPresent()) {
            csv.number(help.medianToAnswer().get().toSeconds()).number(help.p90ToAnswer().orElseThrow().toSeconds());
        } else {
            csv.text("").text("");
        }
        csv.endRow();
        StationStats station = station(range[0], range[1]);
        if (station != null) {
            // Below the queue's table, each with its own heading row: a spreadsheet reads them as three tables.
            csv.endRow();
            csv.row(messages.get("web.stats.errands"), messages.get("web.stats.registered"),
                    messages.get("web.stats.done"), messages.get("web.stats.onTime"), messages.get("web.stats.late"),
                    messages.get("web.stats.overdue"));
            for (org.xiangli.kiosk.errands.ErrandStatistics.ServiceRow e : station.errands().rows()) {
                csv.text(e.service()).number(e.registered()).number(e.done()).number(e.onTime()).number(e.late())
                        .number(e.overdue()).endRow();
            }
            csv.endRow();
            csv.row(messages.get("web.stats.requests"), messages.get("web.stats.total"),
                    messages.get("web.stats.answered"), messages.get("web.stats.avgAnswerHours"));
            for (TopicRow t : station.topics()) {
                csv.text(t.topic()).number(t.total()).number(t.answered()).text(t.avgAnswerHours()).endRow();
            }
        }
        ctx.header("Content-Disposition", "attachment; filename=\"queue-" + range[0] + "_" + range[1] + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.utf8());
    }

    private LocalDate[] range(Context ctx) {
        LocalDate today = queue.today();
        try {
            LocalDate from = ctx.queryParam("from") == null ? today : LocalDate.parse(ctx.queryParam("from"));
            LocalDate to = ctx.queryParam("to") == null ? from : LocalDate.parse(ctx.queryParam("to"));
            if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
                throw new IllegalArgumentException("the range must run forward and span at most " + MAX_DAYS
                        + " days");
            }
            return new LocalDate[] {from, to};
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates are YYYY-MM-DD: " + e.getParsedString(), e);
        }
    }

    private String serviceName(char letter) {
        return queue.services().stream().filter(s -> s.letter() == letter).map(s -> s.name()).findFirst()
                .orElse(String.valueOf(letter));
    }

    private static String minutes(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toSeconds() / 60.0);
    }
}
