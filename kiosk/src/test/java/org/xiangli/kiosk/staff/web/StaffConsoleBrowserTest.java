package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff console and the call display in a real browser (headless chromium). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffConsoleBrowserTest {

    // Generous: a 2-core machine shared with other builds. Waits end as soon as the page is right.
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    StaffServerFixture f;
    WebDriver console;
    WebDriver display;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        f = new StaffServerFixture(dir.resolve("data"));
        f.accounts.add("zhao", StaffLogin.hash(StaffServerFixture.PASSWORD, StaffServerFixture.PASSWORDS), StaffRole.STAFF, Instant.now());
        console = Browsers.start(dir.resolve("console-profile"));
        display = Browsers.start(dir.resolve("display-profile"));
    }

    @AfterAll
    void stop() {
        if (console != null) {
            console.quit();
        }
        if (display != null) {
            display.quit();
        }
        if (f != null) {
            f.close();
        }
    }

    @BeforeEach
    void loggedOut() {
        console.manage().deleteAllCookies();
    }

    @Test
    void staffLogInAndSeeTheirWindow() {
        login("wang", StaffServerFixture.PASSWORD, "2 号窗口");
        waitFor(console).until(ExpectedConditions.titleContains("2 号窗口"));
        assertTrue(console.findElement(By.tagName("h1")).getText().contains("青石村综合服务站"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountAndTheAnswerNeverSaysWhichNamesExist() {
        String answer = "用户名或密码错误（连续输错 5 次，账号将锁定 5 分钟）";
        for (int i = 0; i < StaffLogin.LOCK_AFTER; i++) {
            login("zhao", "not-the-password", "1 号窗口");
            assertEquals(answer, console.findElement(By.id("login-error")).getText());
        }
        login("zhao", StaffServerFixture.PASSWORD, "1 号窗口");
        assertEquals(answer, console.findElement(By.id("login-error")).getText(),
                "the right password does not open a locked account, and the answer is the one for a wrong password");
        assertTrue(console.getCurrentUrl().endsWith("/login"));
        login("no-such-user", StaffServerFixture.PASSWORD, "1 号窗口");
        assertEquals(answer, console.findElement(By.id("login-error")).getText());
    }

    @Test
    void callingNextShowsTheTicketOnTheConsoleAndOnTheDisplay() {
        display.get(f.url("/display"));
        waitFor(display).until(d -> d.findElements(By.id("window-1")).size() == 1);
        String ticket = f.queue.take('A').label();
        login("wang", StaffServerFixture.PASSWORD, "1 号窗口");
        waitFor(console).until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-list"), ticket));
        console.findElement(By.id("call-next")).click();
        waitFor(console).until(ExpectedConditions.textToBe(By.id("current-ticket"), ticket));
        waitFor(display).until(ExpectedConditions.textToBe(By.cssSelector("#window-1 .ticket"), ticket));
        assertEquals("请 " + ticket + " 号到 1 号窗口办理", display.findElement(By.id("latest")).getText());
        assertTrue(display.findElement(By.id("recent")).getText().contains(ticket));
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedInTheBrowser() {
        f.queue.take('B');
        login("wang", StaffServerFixture.PASSWORD, "2 号窗口");
        waitFor(console).until(ExpectedConditions.titleContains("2 号窗口"));
        Object status = ((JavascriptExecutor) console).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/console/call-next', {method: 'POST'}).then(r => done(r.status));");
        assertEquals(403L, status);
        Object forged = ((JavascriptExecutor) console).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/console/call-next', {method: 'POST', headers: {'X-CSRF-Token': 'x'}})"
                        + ".then(r => done(r.status));");
        assertEquals(403L, forged);
        assertTrue(f.queue.queue.window(2).current().isEmpty(), "nothing was called");
    }

    private void login(String user, String password, String window) {
        console.get(f.url("/login"));
        console.findElement(By.id("username")).sendKeys(user);
        console.findElement(By.id("password")).sendKeys(password);
        new Select(console.findElement(By.id("window"))).selectByVisibleText(window);
        console.findElement(By.id("login-submit")).click();
        // The old page's elements go stale while the answer loads: look again until the new page is there.
        waitFor(console).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("login-submit")).isEmpty()
                || !d.findElement(By.id("login-error")).getText().isEmpty());
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return Browsers.patience(driver, PATIENCE);
    }
}
