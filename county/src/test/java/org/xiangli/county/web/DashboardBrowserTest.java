package org.xiangli.county.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiangli.county.HubFixture;
import org.xiangli.county.demo.SimulatedFleet;
import org.xiangli.kiosk.keys.TrustedKeys;

/**
 * The dashboard in a real browser: a technician logs in, sees the county's simulated kiosks online, opens a
 * station, takes a screenshot of its screen and sees it; a wrong password is refused on the page.
 */
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    @Test
    void aTechnicianSeesTheCountyAndTakesAScreenshotOfAStation() throws Exception {
        Assumptions.assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        List<String> codes = IntStream.rangeClosed(1, 6).mapToObj(i -> String.format("QS-%03d", i)).toList();
        try (HubFixture county = new HubFixture(dir.resolve("hub"), Duration.ofMinutes(30),
                codes.toArray(String[]::new));
             SimulatedFleet fleet = new SimulatedFleet(county.broker.url(), HubFixture.COUNTY, codes.stream()
                     .map(c -> new SimulatedFleet.Login(c, county.password(c).toCharArray())).toList(),
                     new TrustedKeys(List.of(county.countyKey.publicKey())), Duration.ofMinutes(1),
                     Duration.ofSeconds(1), Clock.systemUTC())) {
            ChromeDriver browser = Browsers.start(dir.resolve("profile"));
            try {
                WebDriverWait wait = Browsers.patience(browser, WAIT);
                browser.get(county.url("/"));
                wait.until(d -> d.getCurrentUrl().endsWith("/login"));
                browser.findElement(By.id("username")).sendKeys("tech");
                browser.findElement(By.id("password")).sendKeys("not-the-password");
                browser.findElement(By.id("login")).click();
                assertTrue(wait.until(d -> d.findElement(By.id("login-error"))).getText().contains("密码错误"));

                browser.findElement(By.id("username")).sendKeys("tech");
                browser.findElement(By.id("password")).sendKeys(HubFixture.PASSWORD);
                browser.findElement(By.id("login")).click();
                wait.until(d -> {
                    d.navigate().refresh();
                    return d.findElement(By.id("count-online")).getText().equals("6");
                });
                List<WebElement> rows = browser.findElements(By.cssSelector("#stations tbody tr"));
                assertEquals(6, rows.size());
                assertTrue(rows.getFirst().getText().contains("在线"), rows.getFirst().getText());
                save(browser, "county-dashboard");

                browser.findElement(By.linkText("QS-002")).click();
                wait.until(d -> d.findElement(By.id("status")).getText().equals("在线"));
                assertTrue(browser.findElement(By.id("devices")).getText().contains("打印机"));
                browser.findElement(By.id("cmd-screenshot")).click();
                assertTrue(wait.until(d -> d.findElement(By.id("flash"))).getText().contains("已发送"));
                WebElement shot = wait.until(d -> {
                    d.navigate().refresh();
                    List<WebElement> imgs = d.findElements(By.cssSelector(".shots img"));
                    return imgs.isEmpty() ? null : imgs.getFirst();
                });
                wait.until(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth", shot))
                        .intValue() > 0);
                // CI once (stop 18) saw the picture on the page while the command did not yet read 完成. The reply
                // and its picture are stored in one transaction, so the cause is not known; the command must read
                // 完成 soon after, so wait for it as for the picture, reloading.
                wait.until(d -> {
                    if (d.findElement(By.id("commands")).getText().contains("完成")) {
                        return true;
                    }
                    d.navigate().refresh();
                    return d.findElement(By.id("commands")).getText().contains("完成");
                });
                save(browser, "county-station");

                browser.findElement(By.id("logout")).click();
                wait.until(d -> d.getCurrentUrl().endsWith("/login"));
            } finally {
                browser.quit();
            }
        }
    }

    private static void save(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
