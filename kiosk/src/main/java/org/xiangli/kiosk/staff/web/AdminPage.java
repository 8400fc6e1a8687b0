package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffSession;

import io.javalin.http.Context;
import java.util.Map;
import org.xiangli.kiosk.queue.InvalidInput;

/** What every admin page shares: the header's links, the "saved" notice, an error in the staff's language. */
final class AdminPage {

    private final WebPages pages;
    private final String stationName;

    AdminPage(WebPages pages, String stationName) {
        this.pages = pages;
        this.stationName = stationName;
    }

    WebPages pages() {
        return pages;
    }

    /** Renders {@code page} with the shared values; {@code error} empty = none. */
    void show(Context ctx, String page, String error, int status, Map<String, String> values) {
        StaffSession s = StaffServer.session(ctx);
        values.put("station", stationName);
        values.put("csrf", s.csrfToken());
        values.put("error", error);
        values.put("notice", error.isEmpty() && ctx.queryParam("saved") != null
                ? pages.messages().get("web.admin.saved") : "");
        StaffServer.noStore(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(pages.render(page, values));
    }

    String message(InvalidInput e) {
        return pages.messages().get(e.key(), e.args());
    }

    /** After a change: back to the page (a reload does not post again). */
    static void saved(Context ctx, String path) {
        ctx.redirect(path + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    static String checked(boolean on) {
        return on ? " checked" : "";
    }

    static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
