package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every answer of the console carries the browser's protections: pages, scripts, JSON, redirects and errors. */
class SecurityHeadersTest {

    @TempDir
    Path dir;
    StaffServerFixture f;

    @BeforeEach
    void start() {
        f = new StaffServerFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void everyAnswerHasTheSecurityHeaders() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(f);
        ConsoleClient staff = new ConsoleClient(f);
        staff.login("wang", StaffServerFixture.PASSWORD, 1);
        for (String path : List.of("/login", "/display", "/static/staff.css", "/static/console.js", "/console",
                "/no-such-page", "/api/console/state")) {
            assertProtected(path + " (anonymous)", anonymous.get(path).headers());
            assertProtected(path + " (staff)", staff.get(path).headers());
        }
        assertProtected("refused change", staff.post("/api/console/call-next", "", null).headers());
        assertProtected("an error", staff.action("/api/console/finish", "").headers());
        assertProtected("admin only", staff.get("/admin/stats").headers());
    }

    @Test
    void theDisplaysEventStreamHasThemToo() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // ofInputStream completes with the headers; the stream itself never ends, so close it.
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(f.url("/display/events")))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = r.body()) {
            assertEquals(200, r.statusCode());
            assertProtected("/display/events", r.headers());
        }
    }

    @Test
    void thePolicyAllowsNoInlineScriptOrStyleAndNoFraming() {
        String csp = StaffServer.SECURITY_HEADERS.get("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertTrue(csp.contains("style-src 'self';"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
    }

    @Test
    void aPageThatDoesNotExistIsA404PageForStaffAndJsonForScripts() throws Exception {
        ConsoleClient staff = new ConsoleClient(f);
        staff.login("wang", StaffServerFixture.PASSWORD, 1);
        HttpResponse<String> page = staff.get("/no-such-page");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("页面不存在"), page.body());
        HttpResponse<String> api = staff.get("/api/no-such-thing");
        assertEquals(404, api.statusCode());
        assertEquals("{\"error\":\"NOT_FOUND\"}", api.body());
    }

    @Test
    void noPageCarriesAnInlineScriptOrStyle() throws Exception {
        ConsoleClient admin = new ConsoleClient(f);
        admin.login("li", StaffServerFixture.PASSWORD, 1);
        for (String path : List.of("/login", "/display", "/console", "/rate/1", "/admin/services",
                "/admin/services/new", "/admin/windows", "/admin/rules", "/admin/accounts", "/admin/stats")) {
            String body = admin.get(path).body();
            assertFalse(body.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), path + " has an inline script");
            assertFalse(body.contains("<style") || body.contains(" style="), path + " has an inline style");
        }
    }

    private static void assertProtected(String what, HttpHeaders headers) {
        StaffServer.SECURITY_HEADERS.forEach((name, value) ->
                assertEquals(value, headers.firstValue(name).orElse(null), what + ": " + name));
    }
}
