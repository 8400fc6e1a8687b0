package org.xiangli.kiosk.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The console's HTML pages, from templates beside this class. {@code {{msg:key}}} is a bundle string,
 * {@code {{name}}} a value of the request, both HTML-escaped; {@code {{raw:name}}} markup the caller built; {@code {{i18n}}} is every {@code web.*} string as a
 * JSON object for the page's script; {@code {{part:name}}} the shared template {@code _name.html} (the admin
 * pages' navigation), put in when the page is loaded.
 */
public final class WebPages {

    private static final Pattern PART = Pattern.compile("\\{\\{part:([a-z0-9-]+)}}\n?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(msg:|raw:)?([A-Za-z0-9_.]+)}}");

    private final Messages messages;
    private final Map<String, String> templates = new ConcurrentHashMap<>();
    private final String i18n;

    public WebPages(Messages messages) {
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

    public Messages messages() {
        return messages;
    }

    public String render(String page, Map<String, String> values) {
        String template = templates.computeIfAbsent(page, WebPages::load);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String replacement;
            if ("msg:".equals(m.group(1))) {
                replacement = escape(messages.get(name));
            } else if ("raw:".equals(m.group(1))) {
                // Markup built by the caller from escaped parts (option lists, table rows).
                replacement = required(values, page, name);
            } else if (name.equals("i18n")) {
                replacement = i18n;
            } else {
                replacement = escape(required(values, page, name));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String required(Map<String, String> values, String page, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("page " + page + " needs a value for " + name);
        }
        return value;
    }

    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A static file beside the templates (the stylesheet). */
    public String asset(String name) {
        return templates.computeIfAbsent("asset:" + name, k -> read(name));
    }

    /** A page template with its shared parts ({@code {{part:name}}} = {@code _name.html}) put in. */
    private static String load(String page) {
        Matcher m = PART.matcher(read(page + ".html"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = read("_" + m.group(1) + ".html");
            // The part's own first line is a comment for whoever edits it, not for the browser.
            m.appendReplacement(out, Matcher.quoteReplacement(part.startsWith("<!--")
                    ? part.substring(part.indexOf('\n') + 1) : part));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String file) {
        String page = file;
        try (InputStream in = WebPages.class.getResourceAsStream("pages/" + file)) {
            if (in == null) {
                throw new IllegalStateException("page template missing from the jar: " + page);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
