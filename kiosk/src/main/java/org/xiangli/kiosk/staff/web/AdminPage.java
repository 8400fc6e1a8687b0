package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffSession;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.xiangli.kiosk.queue.InvalidInput;

/** What every admin page shares: the frame with the navigation, the "saved" notice, an error in the staff's language. */
final class AdminPage {

    /** The admin pages' frame: the page frame, and the error and notice lines under the navigation ("" = none). */
    record AdminFrame(Frame f, String error, String notice) {
    }

    private final WebPages pages;
    private final String stationName;

    AdminPage(WebPages pages, String stationName) {
        this.pages = pages;
        this.stationName = stationName;
    }

    WebPages pages() {
        return pages;
    }

    /** The frame for this request; {@code error} empty = none. After a save, the notice says so. */
    AdminFrame frame(Context ctx, String error) {
        StaffSession s = StaffServer.session(ctx);
        return new AdminFrame(pages.frame(stationName, s.csrfToken()), error,
                error.isEmpty() && ctx.queryParam("saved") != null ? pages.messages().get("web.admin.saved") : "");
    }

    void show(Context ctx, int status, String template, Object model) {
        pages.show(ctx, status, template, model);
    }

    String message(InvalidInput e) {
        return pages.messages().get(e.key(), e.args());
    }

    /** After a change: back to the page (a reload does not post again). */
    static void saved(Context ctx, String path) {
        ctx.redirect(path + "?saved=1", HttpStatus.SEE_OTHER);
    }

    static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
