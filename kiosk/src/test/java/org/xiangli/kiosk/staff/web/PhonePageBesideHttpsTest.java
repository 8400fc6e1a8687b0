package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.queue.Ticket;

/**
 * With TLS on, the phone status page (and the files it loads) still answers on plain HTTP, which villagers' phones
 * reach without a certificate warning; every other page still only redirects; the page also answers over HTTPS.
 */
class PhonePageBesideHttpsTest {

    @Test
    void thePhonePageAnswersInClearWhileTheConsoleStaysHttpsOnly(@TempDir Path dir) throws Exception {
        TestCertificates certs = TestCertificates.make(dir.resolve("certs"), "EC");
        try (StaffServerFixture f = new StaffServerFixture(dir.resolve("data"),
                StaffTls.load(certs.certificate, certs.key))) {
            Ticket t = f.queue.take('A');
            String code = f.codes.codeOf(t);
            HttpClient plain = HttpClient.newHttpClient();
            HttpResponse<String> page = plain.send(HttpRequest.newBuilder(URI.create(f.url("/t/" + code))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(t.label()));
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty());
            for (String file : new String[] {"/static/phone.css", "/static/phone.js"}) {
                assertEquals(200, plain.send(HttpRequest.newBuilder(URI.create(f.url(file))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode(), file);
            }
            HttpResponse<String> unknown = plain.send(HttpRequest.newBuilder(
                    URI.create(f.url("/t/aaaaaaaaaaaaaaaa"))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("找不到这张号"));
            for (String path : new String[] {"/console", "/login", "/display", "/api/station"}) {
                assertEquals(308, plain.send(HttpRequest.newBuilder(URI.create(f.url(path))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode(), path);
            }
            HttpClient https = HttpClient.newBuilder().sslContext(certs.trusting()).build();
            assertEquals(200, https.send(HttpRequest.newBuilder(URI.create(f.httpsUrl("/t/" + code))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
