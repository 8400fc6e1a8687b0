package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;
import org.xiangli.kiosk.store.Database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffServerTest {

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
    void withoutASessionPagesRedirectToLoginAndApisAnswer401() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(f);
        for (String page : List.of("/console", "/admin/stats", "/rate/1", "/admin/stats.csv", "/no-such-page")) {
            HttpResponse<String> r = anonymous.get(page);
            assertEquals(302, r.statusCode(), page);
            assertEquals("/login", r.headers().firstValue("Location").orElse(""), page);
        }
        for (String api : List.of("/api/console/state", "/api/rate/1")) {
            assertEquals(401, anonymous.get(api).statusCode(), api);
        }
        assertEquals(401, anonymous.post("/api/console/call-next", "", null).statusCode());
    }

    @Test
    void theDisplayNeedsNoLogin() throws Exception {
        HttpResponse<String> r = new ConsoleClient(f).get("/display");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("叫号"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> r = new ConsoleClient(f).login("wang", StaffServerFixture.PASSWORD, 1);
        assertEquals(302, r.statusCode());
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XL_SESSION="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"));
        assertTrue(cookie.contains("SameSite=Strict"));
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        f.queue.take('A');
        ConsoleClient staff = new ConsoleClient(f);
        staff.login("wang", StaffServerFixture.PASSWORD, 1);
        assertEquals(403, staff.post("/api/console/call-next", "", null).statusCode());
        assertEquals(403, staff.post("/api/console/call-next", "", "forged").statusCode());
        assertTrue(f.queue.queue.window(1).current().isEmpty(), "nothing was called");
        assertEquals(200, staff.action("/api/console/call-next", "").statusCode());
        assertEquals("A001", f.queue.queue.window(1).current().orElseThrow().label());
    }

    @Test
    void aLoginFormWithoutItsCsrfTokenIsRefused() throws Exception {
        ConsoleClient c = new ConsoleClient(f);
        HttpResponse<String> r = c.post("/login", "username=wang&password=" + StaffServerFixture.PASSWORD
                + "&window=1", null);
        assertEquals(403, r.statusCode());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        ConsoleClient c = new ConsoleClient(f);
        for (int i = 0; i < StaffLogin.LOCK_AFTER; i++) {
            assertEquals(401, c.login("wang", "wrong-password", 1).statusCode());
        }
        HttpResponse<String> locked = c.login("wang", StaffServerFixture.PASSWORD, 1);
        assertEquals(401, locked.statusCode());
        assertTrue(locked.body().contains("锁定"), locked.body());
        f.queue.clock.advance(StaffLogin.LOCK_TIME.plus(Duration.ofSeconds(1)));
        assertEquals(302, c.login("wang", StaffServerFixture.PASSWORD, 1).statusCode());
    }

    @Test
    void anUnknownUserAndALockedAccountGetTheSameAnswer() throws Exception {
        ConsoleClient c = new ConsoleClient(f);
        for (int i = 0; i < StaffLogin.LOCK_AFTER; i++) {
            c.login("wang", "wrong-password", 1);
        }

        HttpResponse<String> locked = c.login("wang", StaffServerFixture.PASSWORD, 1);
        HttpResponse<String> unknown = c.login("nobody", StaffServerFixture.PASSWORD, 1);

        assertEquals(unknown.statusCode(), locked.statusCode());
        assertEquals(loginError(unknown), loginError(locked));
    }

    @Test
    void oneClientTryingManyNamesIsThrottledEvenForTheRightPassword() throws Exception {
        ConsoleClient c = new ConsoleClient(f);
        for (int i = 0; i < 10; i++) {
            assertEquals(401, c.login("guess" + i, "wrong-password", 1).statusCode());
        }

        HttpResponse<String> r = c.login("wang", StaffServerFixture.PASSWORD, 1);

        assertEquals(429, r.statusCode());
        assertTrue(loginError(r).contains("登录失败次数过多"), loginError(r));
    }

    @Test
    void aSessionEndsWhenKioskctlDisablesResetsOrChangesTheRoleOfItsAccount() throws Exception {
        List<java.util.function.Consumer<StaffAccountRepository>> changes = List.of(
                kioskctl -> kioskctl.setDisabled("wang", true),
                kioskctl -> kioskctl.setPassword("wang", StaffLogin.hash("another-pass-9", StaffServerFixture.PASSWORDS)),
                kioskctl -> kioskctl.setRole("wang", StaffRole.ADMIN));
        for (var change : changes) {
            f.accounts.setDisabled("wang", false);
            f.accounts.setRole("wang", StaffRole.STAFF);
            f.accounts.setPassword("wang", StaffLogin.hash(StaffServerFixture.PASSWORD, StaffServerFixture.PASSWORDS));
            ConsoleClient clerk = new ConsoleClient(f);
            assertEquals(302, clerk.login("wang", StaffServerFixture.PASSWORD, 1).statusCode());
            assertEquals(200, clerk.get("/console").statusCode());

            // kioskctl users is another process: its own connection to the same file, nothing in memory shared.
            try (Database other = Database.open(f.queue.db.file())) {
                change.accept(new StaffAccountRepository(other));
            }

            assertEquals(302, clerk.get("/console").statusCode());
            assertEquals(401, clerk.get("/api/console/state").statusCode());
        }
    }

    private static String loginError(HttpResponse<String> r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<")
                .matcher(r.body());
        return m.find() ? m.group(1) : "(no error shown)";
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        f.accounts.setDisabled("wang", true);
        HttpResponse<String> r = new ConsoleClient(f).login("wang", StaffServerFixture.PASSWORD, 1);
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("停用"));
    }

    @Test
    void statisticsAreForAdminsOnly() throws Exception {
        ConsoleClient staff = new ConsoleClient(f);
        staff.login("wang", StaffServerFixture.PASSWORD, 1);
        assertEquals(403, staff.get("/admin/stats").statusCode());
        ConsoleClient admin = new ConsoleClient(f);
        admin.login("li", StaffServerFixture.PASSWORD, 2);
        assertEquals(200, admin.get("/admin/stats").statusCode());
    }

    @Test
    void theConsoleRunsATicketThroughCallRecallHoldResumeAndFinish() throws Exception {
        f.queue.take('A');
        f.queue.take('A');
        ConsoleClient c = new ConsoleClient(f);
        c.login("wang", StaffServerFixture.PASSWORD, 1);
        assertTrue(c.action("/api/console/call-next", "").body().contains("\"ticket\":\"A001\""));
        assertTrue(c.action("/api/console/recall", "").body().contains("\"recall\":true"));
        long a1 = f.queue.queue.window(1).current().orElseThrow().id();
        assertEquals(200, c.action("/api/console/hold", "").statusCode());
        assertTrue(c.action("/api/console/call-next", "").body().contains("A002"));
        assertEquals(200, c.action("/api/console/resume", "ticket=" + a1).statusCode());
        assertEquals(200, c.action("/api/console/finish", "").statusCode());
        HttpResponse<String> none = c.action("/api/console/finish", "");
        assertEquals(409, none.statusCode());
        assertTrue(none.body().contains("当前没有正在办理的号码"));
        String state = c.get("/api/console/state").body();
        assertTrue(state.contains("\"rating\":\"A001\""), state);
    }

    @Test
    void theRatingPageRecordsOneOfFiveLevels() throws Exception {
        f.queue.take('A');
        ConsoleClient c = new ConsoleClient(f);
        c.login("wang", StaffServerFixture.PASSWORD, 1);
        c.action("/api/console/call-next", "");
        c.action("/api/console/finish", "");
        assertTrue(c.get("/api/rate/1").body().contains("A001"));
        assertEquals(200, c.action("/api/rate/1", "level=4").statusCode());
        assertTrue(c.get("/api/rate/1").body().contains("\"ticket\":null"));
        String csv = c.get("/admin/stats.csv").body();
        assertFalse(csv.isEmpty());
    }

    @Test
    void aStaffMemberCanRateOnlyTheWindowTheyLoggedInFor() throws Exception {
        f.queue.take('A');
        ConsoleClient atWindow1 = new ConsoleClient(f);
        atWindow1.login("wang", StaffServerFixture.PASSWORD, 1);
        atWindow1.action("/api/console/call-next", "");
        atWindow1.action("/api/console/finish", "");
        ConsoleClient atWindow2 = new ConsoleClient(f);
        atWindow2.login("li", StaffServerFixture.PASSWORD, 2);

        assertEquals(403, atWindow2.action("/api/rate/1", "level=1").statusCode());
        assertEquals(403, atWindow2.get("/api/rate/1").statusCode());
        assertEquals(403, atWindow2.get("/rate/1").statusCode());

        assertTrue(atWindow1.get("/api/rate/1").body().contains("A001"), "the rating is still open");
        assertEquals(200, atWindow2.get("/rate/2").statusCode());
        assertEquals(200, atWindow1.action("/api/rate/1", "level=5").statusCode());
    }

    @Test
    void theStatisticsCsvHasOneRowPerServiceAndWindowThenTheCallsForStaff() throws Exception {
        f.queue.take('A');
        f.queue.take('B');
        ConsoleClient admin = new ConsoleClient(f);
        admin.login("li", StaffServerFixture.PASSWORD, 1);
        admin.action("/api/console/call-next", "");
        admin.action("/api/console/finish", "");
        admin.action("/api/rate/1", "level=5");
        HttpResponse<String> r = admin.get("/admin/stats.csv");
        assertEquals(200, r.statusCode());
        List<String> lines = r.body().lines().toList();
        // The service table, a blank line, then the calls for staff of the same days (none here).
        assertEquals(6, lines.size(), r.body());
        assertEquals("", lines.get(3));
        assertEquals("呼叫工作人员,0,0,,", lines.get(5));
        assertTrue(lines.get(0).startsWith("\uFEFF事项,窗口,取号"), lines.get(0));
        assertTrue(lines.get(1).startsWith("A 社保医保,1,1,1,0,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",1,0,0,0,0,0"), lines.get(1));
        assertTrue(lines.get(2).startsWith("B 民政救助,0,1,0,0,"), lines.get(2));
        assertTrue(admin.get("/admin/stats").body().contains("社保医保"));
    }
}
