package org.xiangli.kiosk.staff.web;


import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A staff console driven over plain HTTP, as a browser would: cookies, the login form and the CSRF token. */
public final class ConsoleClient {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"csrf\" content=\"([^\"]+)\"");

    private final StaffServerFixture f;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf;

    public ConsoleClient(StaffServerFixture f) {
        this.f = f;
    }

    /** Logs in through the form; returns the response to the POST (303 on success). */
    public HttpResponse<String> login(String user, String password, int window) throws IOException,
            InterruptedException {
        String form = get("/login").body();
        Matcher m = HIDDEN_CSRF.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF field on the login page");
        }
        HttpResponse<String> r = post("/login", "_csrf=" + m.group(1) + "&username=" + enc(user) + "&password="
                + enc(password) + "&window=" + window, null);
        if (r.statusCode() == 302 || r.statusCode() == 303) {
            Matcher meta = META_CSRF.matcher(get("/console").body());
            if (meta.find()) {
                csrf = meta.group(1);
            }
        }
        return r;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(f.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A console action with the session's CSRF token. */
    public HttpResponse<String> action(String path, String form) throws IOException, InterruptedException {
        return post(path, form, csrf);
    }

    public HttpResponse<String> post(String path, String form, String token) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String csrf() {
        return csrf;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
