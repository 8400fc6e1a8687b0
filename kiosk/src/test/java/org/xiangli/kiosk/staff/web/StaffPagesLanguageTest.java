package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.ServiceWindow;
import org.xiangli.kiosk.staff.StaffRole;
import org.xiangli.kiosk.staff.web.AdminPage.AdminFrame;

/**
 * Every template renders in both languages of the bundles (a key missing from one would fail here, not in front of
 * the staff), says its language to the browser and leaves no placeholder or message key in the page.
 */
class StaffPagesLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyPageRendersInTheLanguage(String tag) {
        Messages messages = new Messages(Locale.forLanguageTag(tag));
        WebPages pages = new WebPages(messages);
        Frame f = pages.frame("Qingshi", "token");
        AdminFrame a = new AdminFrame(f, "", "");
        LocalDate day = LocalDate.of(2026, 11, 23);
        Map<String, Object> models = Map.ofEntries(
                Map.entry("login.jte", new LoginRoutes.LoginPage(pages.frame("Qingshi"), "", "t", List.of(1, 2),
                        messages.get("web.login.demo", "xiangli-demo"))),
                Map.entry("console.jte", new ConsoleRoutes.ConsolePage(f, 1, "wang", true, QueueFixture.SERVICES)),
                Map.entry("display.jte", new DisplayRoutes.DisplayPage(pages.frame("Qingshi"), "Asia/Shanghai", 0)),
                Map.entry("rate.jte", new DisplayRoutes.RatePage(f, 1)),
                Map.entry("notfound.jte", f),
                Map.entry("error.jte", f),
                Map.entry("phone.jte", new PhoneRoutes.PhonePage(pages.frame("Qingshi"), "abcdefghijklmnop",
                        new PhoneView("A003", "A x", "WAITING", "h", List.of("l")))),
                Map.entry("phone.jte ", new PhoneRoutes.PhonePage(pages.frame("Qingshi"), "", null)),
                Map.entry("admin-services.jte", new AdminRoutes.ServicesPage(a,
                        List.of(new AdminRoutes.ServiceRow('A', "x", "1", false)))),
                Map.entry("admin-service.jte", new AdminRoutes.ServiceForm(a, true,
                        AdminRoutes.ServiceFields.EMPTY)),
                Map.entry("admin-windows.jte", new AdminRoutes.WindowsPage(a,
                        List.of(new ServiceWindow(1, "", false, List.of('A'))), QueueFixture.SERVICES)),
                Map.entry("admin-rules.jte", new AdminRoutes.RulesPage(a, "60", "00:00", "Asia/Shanghai", 50, 100)),
                Map.entry("admin-accounts.jte", new AccountRoutes.AccountsPage(a,
                        List.of(new AccountRoutes.AccountRow("wang", StaffRole.STAFF, false, true)), "", 8)),
                Map.entry("stats.jte", new StatisticsRoutes.StatsPage(a, day, day, List.of(),
                        StatsCharts.hourlyArrivals(List.of(), ZoneId.of("Asia/Shanghai")),
                        StatsCharts.waitByDay(List.of(), day, day), new StatisticsRoutes.HelpRow(0, 0, "—", "—"))));
        models.forEach((template, model) -> {
            String html = pages.render(template.strip(), model);
            assertTrue(html.contains("<html lang=\"" + tag + "\">"), template);
            assertTrue(!html.contains("{{") && !html.contains("web."), template + " shows a key: " + html);
        });
    }
}
