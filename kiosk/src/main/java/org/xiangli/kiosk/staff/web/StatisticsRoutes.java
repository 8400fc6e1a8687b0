package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.QueueStatistics;
import org.xiangli.kiosk.queue.QueueStatistics.Row;
import org.xiangli.kiosk.i18n.Messages;

/** Admin statistics for a day or a date range: a table with satisfaction bars, and the same figures as CSV. */
final class StatisticsRoutes {

    private static final int MAX_DAYS = 366;

    private final QueueService queue;
    private final WebPages pages;
    private final String stationName;
    private final Clock clock;
    private final Messages messages;

    StatisticsRoutes(QueueService queue, WebPages pages, String stationName, Clock clock) {
        this.queue = queue;
        this.pages = pages;
        this.stationName = stationName;
        this.clock = clock;
        this.messages = pages.messages();
    }

    void register(RoutesConfig app) {
        app.get("/admin/stats", this::page);
        app.get("/admin/stats.csv", this::csv);
    }

    private void page(Context ctx) {
        LocalDate[] range = range(ctx);
        List<Row> rows = QueueStatistics.of(queue.ticketsBetween(range[0], range[1]));
        StringBuilder html = new StringBuilder();
        for (Row r : rows) {
            html.append("<tr><td>").append(WebPages.escape(serviceName(r.service()))).append("</td><td>")
                    .append(r.window() == 0 ? "—" : r.window()).append("</td><td>").append(r.issued())
                    .append("</td><td>").append(r.served()).append("</td><td>").append(r.noShows())
                    .append("</td><td>").append(minutes(r.averageWait())).append("</td><td>")
                    .append(minutes(r.p90Wait())).append("</td><td>").append(minutes(r.averageService()))
                    .append("</td><td>").append(bars(r)).append("</td></tr>\n");
        }
        StaffServer.noStore(ctx);
        ctx.contentType("text/html; charset=utf-8").result(pages.render("stats", StaffServer.values(
                "station", stationName, "from", range[0].toString(), "to", range[1].toString(),
                "rows", html.toString(), "empty", rows.isEmpty() ? "" : "hidden")));
    }

    private void csv(Context ctx) {
        LocalDate[] range = range(ctx);
        StringBuilder csv = new StringBuilder("\uFEFF"); // BOM: Excel on the station PC then reads UTF-8 Chinese
        csv.append(String.join(",", messages.get("web.stats.service"), messages.get("web.stats.window"),
                messages.get("web.stats.issued"), messages.get("web.stats.served"), messages.get("web.stats.noShows"),
                messages.get("web.stats.avgWaitSeconds"), messages.get("web.stats.p90WaitSeconds"),
                messages.get("web.stats.avgServiceSeconds"), messages.get("web.rating.5"),
                messages.get("web.rating.4"), messages.get("web.rating.3"), messages.get("web.rating.2"),
                messages.get("web.rating.1"), messages.get("web.stats.unrated"))).append("\r\n");
        for (Row r : QueueStatistics.of(queue.ticketsBetween(range[0], range[1]))) {
            csv.append(csvField(r.service() + " " + serviceName(r.service()))).append(',').append(r.window())
                    .append(',').append(r.issued()).append(',').append(r.served()).append(',').append(r.noShows())
                    .append(',').append(r.averageWait().toSeconds()).append(',').append(r.p90Wait().toSeconds())
                    .append(',').append(r.averageService().toSeconds());
            for (int level = 5; level >= 1; level--) {
                csv.append(',').append(r.ratings()[level - 1]);
            }
            csv.append(',').append(r.unrated()).append("\r\n");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"queue-" + range[0] + "_" + range[1] + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString().getBytes(StandardCharsets.UTF_8));
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

    private String bars(Row r) {
        int total = r.rated() + r.unrated();
        if (total == 0) {
            return "—";
        }
        StringBuilder sb = new StringBuilder("<div class=\"bars\">");
        for (int level = 5; level >= 1; level--) {
            int count = r.ratings()[level - 1];
            sb.append("<span class=\"bar l").append(level).append("\" style=\"width:")
                    .append(Math.round(100.0 * count / total)).append("%\" title=\"")
                    .append(WebPages.escape(messages.get("web.rating." + level))).append(' ').append(count)
                    .append("\"></span>");
        }
        return sb.append("</div><small>").append(WebPages.escape(messages.get("web.stats.ratedOf", r.rated(), total)))
                .append("</small>").toString();
    }

    private static String minutes(Duration d) {
        return String.format("%.1f", d.toSeconds() / 60.0);
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
