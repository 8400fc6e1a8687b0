package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.xiangli.kiosk.staff.DemoStaffAccounts;

/**
 * The demo's staff accounts in a real browser: the demo login page says them and they log in; outside demo the page
 * says nothing of them and they are gone. And the 500 page: a failure inside the server shows the console's page.
 */
class DemoAccountsAndErrorPagesBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    StaffServerFixture f;
    ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (f != null) {
            f.close();
        }
    }

    @Test
    void theDemoLoginPageShowsTheDemoAccountsAndBothLogIn(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        f = new StaffServerFixture(dir.resolve("data"), Optional.of(DemoStaffAccounts.PASSWORD));
        DemoStaffAccounts.apply(f.accounts, true, f.queue.clock);
        browser = Browsers.start(dir.resolve("profile"));
        browser.get(f.url("/login"));
        assertEquals("演示账号：admin（管理员）和 staff（工作人员），密码都是 xiangli-demo。只有演示模式才有这两个账号。",
                browser.findElement(By.id("demo-accounts")).getText());
        for (String user : DemoStaffAccounts.USERNAMES) {
            login(user, DemoStaffAccounts.PASSWORD);
            Browsers.patience(browser, PATIENCE).until(d -> d.getCurrentUrl().endsWith("/console"));
            assertEquals(user.equals("admin"), !browser.findElements(By.id("admin-link")).isEmpty(), user);
            browser.manage().deleteAllCookies();
        }
        // Outside demo (the same data, started without --demo) they are gone.
        DemoStaffAccounts.apply(f.accounts, false, f.queue.clock);
        login("admin", DemoStaffAccounts.PASSWORD);
        assertEquals("用户名或密码错误（连续输错 5 次，账号将锁定 5 分钟）",
                browser.findElement(By.id("login-error")).getText());
    }

    @Test
    void outsideDemoTheLoginPageSaysNothingOfDemoAccounts(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        f = new StaffServerFixture(dir.resolve("data"));
        browser = Browsers.start(dir.resolve("profile"));
        browser.get(f.url("/login"));
        assertTrue(browser.findElements(By.id("demo-accounts")).isEmpty());
        assertFalse(browser.getPageSource().contains(DemoStaffAccounts.PASSWORD));
    }

    @Test
    void aFailureInTheServerShowsThe500PageInTheConsolesStyle(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        f = new StaffServerFixture(dir.resolve("data"));
        browser = Browsers.start(dir.resolve("profile"));
        login("wang", StaffServerFixture.PASSWORD);
        Browsers.patience(browser, PATIENCE).until(d -> d.getCurrentUrl().endsWith("/console"));
        // The store goes away under the server (a broken SD card): every page now fails inside.
        f.queue.db.close();
        browser.get(f.url("/console"));
        assertEquals("服务器出错了，已经记录下来。请稍后再试；一直这样请联系技术员。",
                browser.findElement(By.id("server-error")).getText());
        assertTrue(browser.getTitle().startsWith("出错了"), browser.getTitle());
        assertTrue(browser.getPageSource().contains("/static/staff.css"));
        assertFalse(browser.getPageSource().contains("Exception"));
    }

    private void login(String user, String password) {
        browser.get(f.url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        new Select(browser.findElement(By.id("window"))).selectByVisibleText("1 号窗口");
        browser.findElement(By.id("login-submit")).click();
        Browsers.patience(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until((WebDriver d) -> d.findElements(By.id("login-submit")).isEmpty()
                        || !d.findElement(By.id("login-error")).getText().isEmpty());
    }
}
