package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiangli.kiosk.queue.IssueResult;
import org.xiangli.kiosk.queue.ServiceItem;

/** The admin pages in a real browser: changes reach the store and the queue at once; staff and forgeries cannot. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    StaffServerFixture f;
    WebDriver browser;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        f = new StaffServerFixture(dir.resolve("data"));
        browser = Browsers.start(dir.resolve("profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (f != null) {
            f.close();
        }
    }

    @BeforeEach
    void loggedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void anAdminAddsAServiceAndTheKioskOffersItAtOnce() {
        login("li", "1 号窗口");
        browser.get(f.url("/admin/services"));
        clickForNextPage(browser.findElement(By.id("add-service")));
        type("letter", "C");
        type("name", "农技咨询");
        type("documents", "身份证\n土地承包合同");
        type("steps", "取号\n到窗口咨询");
        type("fees", "不收费");
        type("time_limit", "当场答复");
        type("windows", "1、3");
        clickForNextPage(browser.findElement(By.id("save-service")));

        waitFor().until(ExpectedConditions.textToBe(By.id("admin-notice"), "已保存，立即生效"));
        assertTrue(browser.findElement(By.cssSelector("tr[data-letter=C]")).getText().contains("农技咨询"));
        ServiceItem added = f.guide.all().stream().filter(s -> s.letter() == 'C').findFirst().orElseThrow();
        assertEquals(List.of("身份证", "土地承包合同"), added.documents());
        assertEquals(List.of(1, 3), added.windows());
        IssueResult ticket = f.queue.queue.take("admin-test-1", 'C', Optional.empty());
        assertEquals("C001", ticket.ticket().label(), "the kiosk issues tickets for the new service");
        assertTrue(f.queue.queue.windows().contains(3), "its new window can log in");
    }

    @Test
    void aBrokenServiceFormShowsTheErrorAndKeepsWhatWasTyped() {
        login("li", "1 号窗口");
        browser.get(f.url("/admin/services/new"));
        type("letter", "A");
        type("name", "重复字母");
        type("fees", "不收费");
        type("time_limit", "当场");
        type("windows", "1");
        clickForNextPage(browser.findElement(By.id("save-service")));

        waitFor().until(ExpectedConditions.textToBe(By.id("admin-error"), "字母 A 已被其他事项使用"));
        assertEquals("重复字母", browser.findElement(By.id("name")).getDomProperty("value"));
        assertEquals("社保医保", f.guide.all().getFirst().name(), "the existing service is untouched");
    }

    @Test
    void anAdminEditsAndDisablesAServiceAndTheKioskStopsOfferingIt() {
        f.guide.save(new org.xiangli.kiosk.queue.ServiceEntry(
                org.xiangli.kiosk.queue.QueueFixture.service('D', "法律援助", List.of(2)), false));
        f.queue.queue.servicesChanged();
        login("li", "1 号窗口");
        browser.get(f.url("/admin/services/D"));
        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("法律援助咨询");
        browser.findElement(By.id("disabled")).click();
        clickForNextPage(browser.findElement(By.id("save-service")));

        waitFor().until(ExpectedConditions.textToBe(By.id("admin-notice"), "已保存，立即生效"));
        assertTrue(f.guide.all().stream().noneMatch(s -> s.letter() == 'D'), "not offered at the kiosk");
        assertTrue(f.guide.entries().stream().anyMatch(e -> e.item().name().equals("法律援助咨询") && e.disabled()));
    }

    @Test
    void aWindowCannotBeDisabledWhenAServiceWouldHaveNoneLeft() {
        f.guide.save(new org.xiangli.kiosk.queue.ServiceEntry(
                org.xiangli.kiosk.queue.QueueFixture.service('E', "户籍代办", List.of(7)), false));
        f.queue.queue.servicesChanged();
        login("li", "1 号窗口");
        browser.get(f.url("/admin/windows"));
        WebElement row = browser.findElement(By.id("window-7"));
        row.findElement(By.name("disabled")).click();
        clickForNextPage(row.findElement(By.tagName("button")));

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-error"), "户籍代办"));
        assertTrue(f.queue.queue.windows().contains(7), "window 7 still serves");
    }

    @Test
    void anAdminNamesAWindowAndAddsOne() {
        login("li", "1 号窗口");
        browser.get(f.url("/admin/windows"));
        type("new-window-number", "5");
        type("new-window-name", "综合窗口");
        clickForNextPage(browser.findElement(By.id("add-window-submit")));
        waitFor().until(ExpectedConditions.textToBe(By.id("admin-notice"), "已保存，立即生效"));
        WebElement row = browser.findElement(By.id("window-5"));
        row.findElement(By.cssSelector("input[name=services][value=B]")).click();
        // The page before already says 已保存 (the window was just added): wait for the next page.
        clickForNextPage(row.findElement(By.tagName("button")));

        waitFor().until(ExpectedConditions.textToBe(By.id("admin-notice"), "已保存，立即生效"));
        assertTrue(f.queue.queue.window(5).services().contains('B'), "window 5 now calls B tickets");
        assertEquals("综合窗口", f.admin.windows().stream().filter(w -> w.number() == 5).findFirst().orElseThrow()
                .name());
    }

    @Test
    void anAdminChangesTheQueueRulesAndTheyApplyWithoutARestart() {
        login("li", "1 号窗口");
        browser.get(f.url("/admin/rules"));
        // The browser's own range check would stop the form: the server must refuse it by itself too.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('rules-form').noValidate = true");
        type("priority_age", "120");
        clickForNextPage(browser.findElement(By.id("save-rules")));
        waitFor().until(ExpectedConditions.textToBe(By.id("admin-error"), "绿色通道年龄须为 50–100 岁"));

        type("priority_age", "70");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('reset_at').value = '03:00'");
        clickForNextPage(browser.findElement(By.id("save-rules")));
        waitFor().until(ExpectedConditions.textToBe(By.id("admin-notice"), "已保存，立即生效"));
        assertEquals(70, f.queue.queue.policy().priorityAge());
        assertEquals(LocalTime.of(3, 0), f.queue.queue.policy().resetAt());
        assertEquals(70, new org.xiangli.kiosk.queue.QueueSettingsRepository(f.queue.db)
                .load(new org.xiangli.kiosk.queue.QueueRules(60, LocalTime.MIDNIGHT)).priorityAge(), "stored");
    }

    @Test
    void anAdminManagesStaffAccountsButCannotLockThemselvesOut() {
        login("li", "1 号窗口");
        browser.get(f.url("/admin/accounts"));
        type("new-username", "sun");
        type("new-password", "a-long-password");
        clickForNextPage(browser.findElement(By.id("add-account-submit")));
        waitFor().until(ExpectedConditions.textToBe(By.id("admin-notice"), "已保存，立即生效"));
        assertTrue(f.accounts.find("sun").isPresent());

        WebElement sun = browser.findElement(By.id("account-sun"));
        new Select(sun.findElement(By.name("role"))).selectByValue("admin");
        // The page before already says 已保存 (the account was just added): wait for the next page, not the notice.
        clickForNextPage(sun.findElement(By.tagName("button")));
        waitFor().until(ExpectedConditions.textToBe(By.id("admin-notice"), "已保存，立即生效"));
        assertEquals(StaffRole.ADMIN, f.accounts.find("sun").orElseThrow().account().role());

        WebElement me = browser.findElement(By.id("account-li"));
        me.findElement(By.name("disabled")).click();
        clickForNextPage(me.findElement(By.tagName("button")));
        waitFor().until(ExpectedConditions.textToBe(By.id("admin-error"), "不能停用自己的账号或取消自己的管理员角色"));
        assertFalse(f.accounts.find("li").orElseThrow().account().disabled());
    }

    @Test
    void aStaffUserCannotOpenOrPostToAdminPages() {
        login("wang", "2 号窗口");
        for (String page : List.of("/admin/services", "/admin/windows", "/admin/rules", "/admin/accounts")) {
            browser.get(f.url(page));
            assertTrue(browser.getPageSource().contains("ADMIN_ONLY"), page + " is refused");
        }
        browser.get(f.url("/console"));
        String csrf = browser.findElement(By.cssSelector("meta[name=csrf]")).getDomAttribute("content");
        Object status = post("/admin/rules", "_csrf=" + csrf + "&priority_age=80&reset_at=00:00");
        assertEquals(403L, status, "even with a valid token");
        assertEquals(65, f.queue.queue.policy().priorityAge());
    }

    @Test
    void anAdminChangeWithoutTheCsrfTokenIsRefused() {
        login("li", "1 号窗口");
        browser.get(f.url("/admin/services"));
        Object status = post("/admin/services", "letter=Z&name=x&fees=x&time_limit=x&windows=1");
        assertEquals(403L, status);
        Object forged = post("/admin/services", "_csrf=forged&letter=Z&name=x&fees=x&time_limit=x&windows=1");
        assertEquals(403L, forged);
        assertTrue(f.guide.entries().stream().noneMatch(e -> e.item().letter() == 'Z'), "nothing was added");
    }

    private Object post(String path, String body) {
        return ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': "
                        + "'application/x-www-form-urlencoded'}, body: arguments[1]}).then(r => done(r.status));",
                path, body);
    }

    private void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private void login(String user, String window) {
        browser.get(f.url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(StaffServerFixture.PASSWORD);
        new Select(browser.findElement(By.id("window"))).selectByVisibleText(window);
        browser.findElement(By.id("login-submit")).click();
        waitFor().until(ExpectedConditions.urlContains("/console"));
    }

    private WebDriverWait waitFor() {
        return Browsers.patience(browser, PATIENCE);
    }

    /**
     * Clicks a button that posts a form and waits until the next page has loaded: a mark set on the old page's
     * window is gone in the new one. Driver errors while the page changes are ignored. Waiting on the next page's
     * text straight after the click can find the old page's element and then lose it mid-navigation (chromedriver:
     * "Node with given id does not belong to the document"), so every form post goes through here.
     */
    private void clickForNextPage(WebElement button) {
        ((JavascriptExecutor) browser).executeScript("window.xiangliOldPage = true;");
        button.click();
        waitFor().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return window.xiangliOldPage === undefined && document.readyState === 'complete';")));
    }
}
