package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A staff member opens the old http:// address, lands on HTTPS, logs in and calls a ticket: scripts run there too. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffHttpsBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    StaffServerFixture f;
    WebDriver browser;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        TestCertificates certs = TestCertificates.make(dir.resolve("certs"), "EC");
        f = new StaffServerFixture(dir.resolve("data"), StaffTls.load(certs.certificate, certs.key));
        // The test's self-signed certificate; a phone accepts the kiosk's once, comparing its fingerprint.
        browser = Browsers.start(dir.resolve("profile"), "--ignore-certificate-errors");
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

    @Test
    void theOldAddressLeadsToTheConsoleOverHttpsAndItWorks() {
        String ticket = f.queue.take('A').label();
        browser.get(f.url("/console"));
        WebDriverWait wait = Browsers.patience(browser, PATIENCE);
        wait.until(ExpectedConditions.urlToBe(f.httpsUrl("/login")));
        browser.findElement(By.id("username")).sendKeys("wang");
        browser.findElement(By.id("password")).sendKeys(StaffServerFixture.PASSWORD);
        new Select(browser.findElement(By.id("window"))).selectByVisibleText("1 号窗口");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlToBe(f.httpsUrl("/console")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-list"), ticket));
        browser.findElement(By.id("call-next")).click();
        wait.until(ExpectedConditions.textToBe(By.id("current-ticket"), ticket));
        assertTrue(browser.getCurrentUrl().startsWith("https://"));
    }
}
