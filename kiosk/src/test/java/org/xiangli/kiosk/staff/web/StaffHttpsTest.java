package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code staff.tls_cert} and {@code staff.tls_key} set, the console speaks HTTPS, plain HTTP only redirects to
 * it, the session cookie never travels in clear, and a wrong key file stops the console with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffHttpsTest {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    Path dir;
    TestCertificates ec;
    TestCertificates rsa;
    StaffServerFixture f;
    HttpClient https;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        this.dir = dir;
        ec = TestCertificates.make(dir.resolve("certs"), "EC");
        rsa = TestCertificates.make(dir.resolve("certs"), "RSA");
        f = new StaffServerFixture(dir.resolve("data"), StaffTls.load(ec.certificate, ec.key));
        https = HttpClient.newBuilder().sslContext(ec.trusting()).cookieHandler(new CookieManager()).build();
    }

    @AfterAll
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void plainHttpOnlyRedirectsToTheSamePageOverHttps() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(f.url("/admin/stats?from=2026-11-01")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(308, r.statusCode());
        assertEquals(f.httpsUrl("/admin/stats?from=2026-11-01"), r.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> display = plain.send(HttpRequest.newBuilder(URI.create(f.url("/display"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(308, display.statusCode(), "nothing is served in clear, the call display neither");
        HttpResponse<String> post = plain.send(HttpRequest.newBuilder(URI.create(f.url("/login")))
                .POST(HttpRequest.BodyPublishers.ofString("username=wang")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(308, post.statusCode(), "a form sent in clear is not read");
    }

    @Test
    void staffLogInOverHttpsAndTheCookiesAreSecure() throws Exception {
        HttpResponse<String> form = get("/login");
        assertEquals(200, form.statusCode());
        assertTrue(form.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("; Secure")));
        StaffServer.SECURITY_HEADERS.forEach((name, value) ->
                assertEquals(value, form.headers().firstValue(name).orElse(null), name));
        Matcher csrf = HIDDEN_CSRF.matcher(form.body());
        assertTrue(csrf.find());
        HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create(f.httpsUrl("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&username=wang&password="
                        + StaffServerFixture.PASSWORD + "&window=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode());
        String session = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(StaffServer.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(session.contains("; Secure") && session.contains("HttpOnly"), session);
        assertEquals(200, get("/console").statusCode());
        assertEquals(200, get("/static/console.js").statusCode());
    }

    @Test
    void anRsaCertificateWorksToo() {
        StaffTls tls = StaffTls.load(rsa.certificate, rsa.key);
        assertEquals(rsa.x509, tls.certificate());
        assertEquals(95, tls.fingerprint().length(), "32 hex pairs and 31 colons");
    }

    @Test
    void aKeyThatIsNotTheCertificatesStopsTheConsoleWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StaffTls.load(ec.certificate, rsa.key));
        assertTrue(e.getMessage().contains("is not the key of the certificate"), e.getMessage());
    }

    @Test
    void aMissingFileOrAnotherKeyFormatIsNamed() throws Exception {
        Path missing = dir.resolve("nowhere.pem");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StaffTls.load(missing, ec.key)).getMessage()
                .startsWith("staff.tls_cert " + missing + " cannot be read"));
        Path pkcs1 = dir.resolve("rsa-old.pem");
        Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n",
                StandardCharsets.US_ASCII);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StaffTls.load(rsa.certificate, pkcs1))
                .getMessage().contains("openssl pkcs8 -topk8 -nocrypt"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StaffTls.load(ec.key, ec.key)).getMessage()
                .startsWith("staff.tls_cert"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return https.send(HttpRequest.newBuilder(URI.create(f.httpsUrl(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
