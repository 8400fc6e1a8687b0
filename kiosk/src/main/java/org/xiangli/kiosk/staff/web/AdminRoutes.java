package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.staff.web.AdminPage.AdminFrame;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.QueueRules;
import org.xiangli.kiosk.queue.ServiceEntry;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.ServiceWindow;

/**
 * Admin pages for services, windows and queue rules (the guard lets only admins in and checks CSRF on every post).
 * Plain forms: a post that breaks a rule shows the page again with the error and what was typed; one that
 * succeeds redirects back with a "saved" notice.
 */
final class AdminRoutes {

    private final QueueAdmin admin;
    private final AdminPage page;
    private final String zone;

    AdminRoutes(QueueAdmin admin, AdminPage page, String zone) {
        this.admin = admin;
        this.page = page;
        this.zone = zone;
    }

    void register(RoutesConfig app) {
        app.get("/admin", ctx -> ctx.redirect("/admin/services"));
        app.get("/admin/services", ctx -> services(ctx, "", 200));
        app.get("/admin/services/new", ctx -> serviceForm(ctx, true, ServiceFields.EMPTY, "", 200));
        app.get("/admin/services/{letter}", ctx -> {
            ServiceEntry entry = admin.service(letter(ctx.pathParam("letter")))
                    .orElseThrow(NotFoundResponse::new);
            serviceForm(ctx, false, ServiceFields.of(entry), "", 200);
        });
        app.post("/admin/services", ctx -> saveService(ctx, true));
        app.post("/admin/services/{letter}", ctx -> saveService(ctx, false));
        app.get("/admin/windows", ctx -> windows(ctx, "", 200));
        app.post("/admin/windows", ctx -> {
            try {
                admin.addWindow(number(ctx.formParam("number")), AdminPage.field(ctx, "name"));
                AdminPage.saved(ctx, "/admin/windows");
            } catch (InvalidInput e) {
                windows(ctx, page.message(e), 400);
            }
        });
        app.post("/admin/windows/{number}", ctx -> {
            try {
                Set<Character> letters = ctx.formParams("services").stream().filter(s -> s.length() == 1)
                        .map(s -> s.charAt(0)).collect(Collectors.toSet());
                admin.updateWindow(number(ctx.pathParam("number")), AdminPage.field(ctx, "name"),
                        ctx.formParam("disabled") != null, letters);
                AdminPage.saved(ctx, "/admin/windows");
            } catch (InvalidInput e) {
                windows(ctx, page.message(e), 400);
            }
        });
        app.get("/admin/rules", ctx -> rules(ctx, "", 200, admin.rules().priorityAge() + "",
                admin.rules().resetAt().toString()));
        app.post("/admin/rules", ctx -> {
            String age = AdminPage.field(ctx, "priority_age");
            String reset = AdminPage.field(ctx, "reset_at");
            try {
                int years;
                try {
                    years = Integer.parseInt(age.strip());
                } catch (NumberFormatException e) {
                    years = -1; // reported below with the range
                }
                admin.setRules(new QueueRules(years, QueueAdmin.parseTime(reset)));
                AdminPage.saved(ctx, "/admin/rules");
            } catch (InvalidInput e) {
                rules(ctx, page.message(e), 400, age, reset);
            }
        });
    }

    /** The services page: one row per service, disabled ones included. */
    record ServicesPage(AdminFrame a, List<ServiceRow> services) {
    }

    /** A service as the list shows it; {@code windows} as typed in the form ("1, 2"). */
    record ServiceRow(char letter, String name, String windows, boolean disabled) {
    }

    /** The add/edit form: {@code v} is what is stored, or (after an error) what the admin typed. */
    record ServiceForm(AdminFrame a, boolean adding, ServiceFields v) {
    }

    /** The form's fields as text, the way the admin types them. */
    record ServiceFields(String letter, String name, String documents, String steps, String fees, String timeLimit,
                         String windows, boolean disabled) {

        static final ServiceFields EMPTY = new ServiceFields("", "", "", "", "", "", "", false);

        static ServiceFields of(ServiceEntry entry) {
            ServiceItem s = entry.item();
            return new ServiceFields(String.valueOf(s.letter()), s.name(), String.join("\n", s.documents()),
                    String.join("\n", s.steps()), s.fees(), s.timeLimit(), windowList(s.windows()), entry.disabled());
        }

        static ServiceFields typed(Context ctx, String letter) {
            return new ServiceFields(letter, AdminPage.field(ctx, "name"), AdminPage.field(ctx, "documents"),
                    AdminPage.field(ctx, "steps"), AdminPage.field(ctx, "fees"), AdminPage.field(ctx, "time_limit"),
                    AdminPage.field(ctx, "windows"), ctx.formParam("disabled") != null);
        }
    }

    /** The windows page: each window's form, with a box for every service it may serve. */
    record WindowsPage(AdminFrame a, List<ServiceWindow> windows, List<ServiceItem> services) {
    }

    /** The rules page, with what is stored or what was typed. */
    record RulesPage(AdminFrame a, String priorityAge, String resetAt, String zone, int minAge, int maxAge) {
    }

    private void services(Context ctx, String error, int status) {
        List<ServiceRow> rows = admin.services().stream().map(e -> new ServiceRow(e.item().letter(),
                e.item().name(), windowList(e.item().windows()), e.disabled())).toList();
        page.show(ctx, status, "admin-services.jte", new ServicesPage(page.frame(ctx, error), rows));
    }

    private void saveService(Context ctx, boolean adding) {
        String letterText = adding ? AdminPage.field(ctx, "letter").strip().toUpperCase(java.util.Locale.ROOT)
                : ctx.pathParam("letter");
        try {
            char letter = letter(letterText);
            ServiceItem item = new ServiceItem(letter, AdminPage.field(ctx, "name").strip(),
                    lines(AdminPage.field(ctx, "documents")), lines(AdminPage.field(ctx, "steps")),
                    AdminPage.field(ctx, "fees").strip(), AdminPage.field(ctx, "time_limit").strip(),
                    windowNumbers(AdminPage.field(ctx, "windows")));
            admin.saveService(new ServiceEntry(item, ctx.formParam("disabled") != null), adding);
            AdminPage.saved(ctx, "/admin/services");
        } catch (InvalidInput e) {
            ServiceFields typed = ServiceFields.typed(ctx, adding ? AdminPage.field(ctx, "letter") : letterText);
            serviceForm(ctx, adding, typed, page.message(e), 400);
        }
    }

    private void serviceForm(Context ctx, boolean adding, ServiceFields v, String error, int status) {
        page.show(ctx, status, "admin-service.jte", new ServiceForm(page.frame(ctx, error), adding, v));
    }

    private void windows(Context ctx, String error, int status) {
        List<ServiceItem> services = admin.services().stream().map(ServiceEntry::item).toList();
        page.show(ctx, status, "admin-windows.jte", new WindowsPage(page.frame(ctx, error), admin.windows(),
                services));
    }

    private void rules(Context ctx, String error, int status, String age, String reset) {
        page.show(ctx, status, "admin-rules.jte", new RulesPage(page.frame(ctx, error), age, reset, zone,
                QueueRules.MIN_PRIORITY_AGE, QueueRules.MAX_PRIORITY_AGE));
    }

    private static char letter(String text) {
        if (text == null || !text.matches("[A-Z]")) {
            throw new InvalidInput("web.admin.error.letter", "a service letter is one of A-Z");
        }
        return text.charAt(0);
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("web.admin.error.windowNumber", "window numbers are 1-" + QueueAdmin.MAX_WINDOW,
                    QueueAdmin.MAX_WINDOW);
        }
    }

    /** "1, 2" or "1、2" or "1 2": the windows in order, each once. */
    static List<Integer> windowNumbers(String text) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : text.split("[,，、\\s]+")) {
            if (!part.isEmpty()) {
                out.add(number(part));
            }
        }
        return out.stream().sorted().toList();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\r?\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String windowList(List<Integer> windows) {
        return windows.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
