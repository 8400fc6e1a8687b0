package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a new station has no services and so no windows, and the login form asked for a window. An admin logs
 * in without one and lands on the admin pages (where windows are made); staff still need a window.
 */
class LoginWithoutWindowTest {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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

    private static HttpResponse<String> loginWithoutWindow(ConsoleClient c, String user) throws Exception {
        String form = c.get("/login").body();
        assertTrue(form.contains("<option value=\"\">"), "the form offers no window: " + form);
        Matcher m = HIDDEN_CSRF.matcher(form);
        assertTrue(m.find(), form);
        return c.post("/login", "_csrf=" + m.group(1) + "&username=" + user + "&password="
                + StaffServerFixture.PASSWORD + "&window=", null);
    }

    @Test
    void anAdminLogsInWithoutAWindowAndReachesTheAdminPagesNotTheConsole() throws Exception {
        ConsoleClient admin = new ConsoleClient(f);

        HttpResponse<String> login = loginWithoutWindow(admin, "li");

        assertEquals(302, login.statusCode(), login.body());
        assertEquals("/admin", login.headers().firstValue("Location").orElse(""));
        assertEquals(200, admin.get("/admin/windows").statusCode());
        HttpResponse<String> console = admin.get("/console");
        assertEquals(302, console.statusCode());
        assertEquals("/admin", console.headers().firstValue("Location").orElse(""));
    }

    @Test
    void staffWithoutAWindowAreAskedToChooseOne() throws Exception {
        ConsoleClient staff = new ConsoleClient(f);

        HttpResponse<String> login = loginWithoutWindow(staff, "wang");

        assertEquals(400, login.statusCode());
        assertTrue(login.body().contains("请选择窗口"), login.body());
        assertEquals(302, staff.get("/console").statusCode(), "no session was opened");
    }
}
