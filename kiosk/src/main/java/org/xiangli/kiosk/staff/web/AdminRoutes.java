package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xiangli.kiosk.queue.InvalidInput;
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

    private static final List<String> FIELDS = List.of("letter", "name", "documents", "steps", "fees",
            "time_limit", "windows", "disabled");

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
        app.get("/admin/services/new", ctx -> serviceForm(ctx, true, values(null), "", 200));
        app.get("/admin/services/{letter}", ctx -> {
            ServiceEntry entry = admin.service(letter(ctx.pathParam("letter")))
                    .orElseThrow(io.javalin.http.NotFoundResponse::new);
            serviceForm(ctx, false, values(entry), "", 200);
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

    private void services(Context ctx, String error, int status) {
        StringBuilder rows = new StringBuilder();
        for (ServiceEntry e : admin.services()) {
            ServiceItem s = e.item();
            rows.append("<tr data-letter=\"").append(s.letter()).append("\"><td>").append(s.letter())
                    .append("</td><td>").append(WebPages.escape(s.name())).append("</td><td>")
                    .append(windowList(s.windows())).append("</td><td>")
                    .append(WebPages.escape(page.pages().messages().get(e.disabled() ? "web.admin.disabled"
                            : "web.admin.enabled")))
                    .append("</td><td><a href=\"/admin/services/").append(s.letter()).append("\">")
                    .append(WebPages.escape(page.pages().messages().get("web.admin.edit"))).append("</a></td></tr>\n");
        }
        page.show(ctx, "admin-services", error, status, new HashMap<>(Map.of("rows", rows.toString())));
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
            Map<String, String> typed = new HashMap<>();
            for (String f : FIELDS) {
                typed.put(f, AdminPage.field(ctx, f));
            }
            typed.put("disabled", ctx.formParam("disabled") != null ? "on" : "");
            if (!adding) {
                typed.put("letter", letterText);
            }
            serviceForm(ctx, adding, typed, page.message(e), 400);
        }
    }

    /** The add/edit form's values from a stored entry (empty for a new service). */
    private static Map<String, String> values(ServiceEntry entry) {
        Map<String, String> v = new HashMap<>();
        if (entry == null) {
            for (String f : FIELDS) {
                v.put(f, "");
            }
            return v;
        }
        ServiceItem s = entry.item();
        v.put("letter", String.valueOf(s.letter()));
        v.put("name", s.name());
        v.put("documents", String.join("\n", s.documents()));
        v.put("steps", String.join("\n", s.steps()));
        v.put("fees", s.fees());
        v.put("time_limit", s.timeLimit());
        v.put("windows", windowList(s.windows()));
        v.put("disabled", entry.disabled() ? "on" : "");
        return v;
    }

    /** The add/edit form with {@code v}: what is stored, or (after an error) what the admin typed. */
    private void serviceForm(Context ctx, boolean adding, Map<String, String> v, String error, int status) {
        v.put("disabledChecked", AdminPage.checked(!v.get("disabled").isEmpty()));
        v.put("action", adding ? "/admin/services" : "/admin/services/" + v.get("letter"));
        v.put("letterReadonly", adding ? "" : "readonly");
        v.put("heading", page.pages().messages().get(adding ? "web.admin.service.add" : "web.admin.service.edit"));
        page.show(ctx, "admin-service", error, status, v);
    }

    private void windows(Context ctx, String error, int status) {
        List<ServiceEntry> services = admin.services();
        StringBuilder rows = new StringBuilder();
        for (ServiceWindow w : admin.windows()) {
            rows.append("<tr id=\"window-").append(w.number()).append("\"><td>").append(w.number())
                    .append("</td><td colspan=\"3\"><form class=\"actions\" method=\"post\" action=\"/admin/windows/")
                    .append(w.number()).append("\">").append(csrfField(ctx))
                    .append("<input name=\"name\" maxlength=\"20\" value=\"").append(WebPages.escape(w.name()))
                    .append("\" placeholder=\"").append(WebPages.escape(page.pages().messages()
                            .get("web.windowN", w.number()))).append("\" aria-label=\"")
                    .append(WebPages.escape(page.pages().messages().get("web.admin.window.name"))).append("\">");
            for (ServiceEntry e : services) {
                char l = e.item().letter();
                rows.append("<label class=\"check\"><input type=\"checkbox\" name=\"services\" value=\"").append(l)
                        .append('"').append(AdminPage.checked(w.services().contains(l))).append("> ").append(l)
                        .append(' ').append(WebPages.escape(e.item().name())).append("</label>");
            }
            rows.append("<label class=\"check\"><input type=\"checkbox\" name=\"disabled\"")
                    .append(AdminPage.checked(w.disabled())).append("> ")
                    .append(WebPages.escape(page.pages().messages().get("web.admin.disabled"))).append("</label>")
                    .append("<button type=\"submit\">")
                    .append(WebPages.escape(page.pages().messages().get("web.admin.save")))
                    .append("</button></form></td></tr>\n");
        }
        page.show(ctx, "admin-windows", error, status, new HashMap<>(Map.of("rows", rows.toString())));
    }

    private void rules(Context ctx, String error, int status, String age, String reset) {
        page.show(ctx, "admin-rules", error, status, new HashMap<>(Map.of("priorityAge", age, "resetAt", reset,
                "zone", zone, "minAge", String.valueOf(QueueRules.MIN_PRIORITY_AGE),
                "maxAge", String.valueOf(QueueRules.MAX_PRIORITY_AGE))));
    }

    private static String csrfField(Context ctx) {
        return "<input type=\"hidden\" name=\"" + StaffServer.CSRF_FIELD + "\" value=\""
                + WebPages.escape(StaffServer.session(ctx).csrfToken()) + "\">";
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
