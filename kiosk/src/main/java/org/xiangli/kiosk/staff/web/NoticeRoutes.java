package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.notice.StationNotices;

/**
 * {@code /admin/notices} (issue 17): an admin writes a short local notice ("明天上午停水") with an optional photo
 * from the phone's camera and the last day it shows; it is on the kiosk at once (an urgent banner and a notice) and
 * reported to the county hub. Current notices can be taken down.
 */
final class NoticeRoutes {

    private static final System.Logger LOG = System.getLogger(NoticeRoutes.class.getName());
    static final long MAX_PHOTO = 4L << 20;

    private final StationNotices notices;
    private final Runnable shown;
    private final AdminPage page;
    private final Clock clock;

    /** @param shown refreshes the kiosk's screen after a change (its banners), off the request's thread */
    NoticeRoutes(StationNotices notices, Runnable shown, AdminPage page, Clock clock) {
        this.notices = notices;
        this.shown = shown;
        this.page = page;
        this.clock = clock;
    }

    void register(RoutesConfig app) {
        app.get("/admin/notices", ctx -> show(ctx, "", 200, ""));
        app.post("/admin/notices", this::post);
        app.post("/admin/notices/{id}/remove", this::remove);
    }

    record NoticeRow(String id, String title, String expires) {
    }

    record NoticesPage(AdminPage.AdminFrame a, List<NoticeRow> notices, String typed, String today, String last) {
    }

    private void show(Context ctx, String error, int status, String typed) {
        LocalDate today = LocalDate.now(clock);
        List<NoticeRow> rows = notices.current().stream().map(i -> new NoticeRow(i.id(), i.title(),
                i.expires().map(LocalDate::toString).orElse(""))).toList();
        page.show(ctx, status, "admin-notices.jte", new NoticesPage(page.frame(ctx, error), rows, typed,
                today.toString(), today.plusDays(StationNotices.MAX_DAYS).toString()));
    }

    private void post(Context ctx) throws IOException {
        String text = AdminPage.field(ctx, "text");
        try {
            LocalDate expires = LocalDate.parse(AdminPage.field(ctx, "expires"));
            Optional<byte[]> photo = Optional.empty();
            UploadedFile file = ctx.uploadedFile("photo");
            if (file != null && file.size() > 0) {
                if (file.size() > MAX_PHOTO) {
                    throw new IllegalArgumentException(page.pages().messages().get("web.notices.photoTooLarge"));
                }
                try (InputStream in = file.content()) {
                    photo = Optional.of(in.readAllBytes());
                }
            }
            StationNotices.Posted posted = notices.post(text, photo, expires);
            LOG.log(Level.INFO, "{0} posted station notice {1}", StaffServer.session(ctx).username(), posted.id());
            shown.run();
            AdminPage.saved(ctx, "/admin/notices");
        } catch (DateTimeParseException e) {
            show(ctx, page.pages().messages().get("web.notices.badDate"), 400, text);
        } catch (IllegalArgumentException e) {
            show(ctx, page.pages().messages().get("web.notices.refused", e.getMessage()), 400, text);
        }
    }

    private void remove(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        try {
            notices.remove(id);
            shown.run();
            AdminPage.saved(ctx, "/admin/notices");
        } catch (IllegalArgumentException e) {
            show(ctx, page.pages().messages().get("web.notices.refused", e.getMessage()), 400, "");
        }
    }

    static List<String> ids(List<ContentItem> items) {
        return items.stream().map(ContentItem::id).toList();
    }
}
