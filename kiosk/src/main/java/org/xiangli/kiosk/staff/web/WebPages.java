package org.xiangli.kiosk.staff.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The console's HTML pages: jte templates from {@code src/main/jte}, compiled to classes of this package at build
 * time (no template is parsed at run time) with {@link ContentType#Html}, so every {@code ${...}} is escaped for
 * the place it stands in. Each page takes one record as its model; strings come from {@link Messages}.
 */
final class WebPages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            WebPages.class.getClassLoader(), WebPages.class.getPackageName());
    private final Messages messages;
    private final String i18n;

    WebPages(Messages messages) {
        this.messages = messages;
        // Sorted, so a page's strings come out the same on every start.
        Map<String, String> strings = new TreeMap<>();
        Enumeration<String> keys = messages.bundle().getKeys();
        while (keys.hasMoreElements()) {
            String key = keys.nextElement();
            if (key.startsWith("web.")) {
                strings.put(key.substring(4), messages.get(key));
            }
        }
        this.i18n = WebJson.write(strings);
    }

    Messages messages() {
        return messages;
    }

    /** The frame of a page with no session (login, call display). */
    Frame frame(String station) {
        return new Frame(messages, station, null, i18n);
    }

    /** The frame of a page of a logged-in session: its forms and scripts carry the session's CSRF token. */
    Frame frame(String station, String csrf) {
        return new Frame(messages, station, csrf, i18n);
    }

    /** {@code template} (e.g. {@code "login.jte"}) filled from {@code model}, the record its one parameter takes. */
    String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }

    /** Answers with the page; never stored by the browser or a proxy (it carries the session's token). */
    void show(Context ctx, int status, String template, Object model) {
        StaffServer.noStore(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(render(template, model));
    }
}
