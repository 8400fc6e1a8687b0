package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.ServiceEntry;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;

/**
 * Names typed by people (a service, a staff account, a window) reach the pages as text, never as markup: the
 * templates escape every value, so there is no place in the code where one forgotten escape is an XSS.
 */
class StaffPagesEscapeTest {

    private static final String SERVICE = "<script>x()</script>";
    private static final String ACCOUNT = "<script>y()</script>";
    private static final String WINDOW = "\"><img src=x>";

    @TempDir
    Path dir;
    StaffServerFixture f;
    ConsoleClient admin;

    @BeforeEach
    void start() throws Exception {
        f = new StaffServerFixture(dir);
        // Straight into the stores, past the forms' own checks: the pages must be safe whatever is stored.
        f.guide.save(new ServiceEntry(QueueFixture.service('S', SERVICE, List.of(1)), false));
        f.queue.queue.servicesChanged();
        f.accounts.add(ACCOUNT, StaffLogin.hash(StaffServerFixture.PASSWORD, StaffServerFixture.PASSWORDS),
                StaffRole.STAFF, Instant.now());
        f.admin.updateWindow(1, WINDOW, false, java.util.Set.of('A', 'S'));
        f.queue.take('S');
        admin = new ConsoleClient(f);
        assertEquals(302, admin.login("li", StaffServerFixture.PASSWORD, 1).statusCode());
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aServiceNamedLikeAScriptIsTextOnTheConsoleAndTheAdminPages() throws Exception {
        for (String page : List.of("/console", "/admin/services", "/admin/windows", "/admin/stats")) {
            String body = page(page);
            assertFalse(body.contains(SERVICE), page + " carries the name as markup");
            assertTrue(body.contains("&lt;script&gt;x()&lt;/script&gt;"), page + " shows the name as text");
        }
    }

    @Test
    void anAccountNamedLikeAScriptIsTextOnTheAccountsPage() throws Exception {
        String body = page("/admin/accounts");
        assertFalse(body.contains(ACCOUNT));
        assertTrue(body.contains("&lt;script&gt;y()&lt;/script&gt;"));
        // In the form's action too: escaped for the URL, then for the attribute.
        assertTrue(body.contains("action=\"/admin/accounts/%3Cscript%3Ey%28%29%3C%2Fscript%3E\""), body);
    }

    @Test
    void aWindowNameCannotLeaveItsAttribute() throws Exception {
        String body = page("/admin/windows");
        assertFalse(body.contains(WINDOW));
        assertTrue(body.contains("value=\"&#34;>&lt;img src=x>\""), body);
    }

    private String page(String path) throws Exception {
        HttpResponse<String> r = admin.get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
