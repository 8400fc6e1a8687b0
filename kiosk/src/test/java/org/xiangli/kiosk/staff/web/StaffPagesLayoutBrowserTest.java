package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xiangli.kiosk.queue.QueueService;

/**
 * Every staff page on a phone (390×844, as a phone's browser lays it out) and on a desk PC (1280×800): nothing wider
 * than the screen, on the phone every control at least 44 px high, and nothing blocked by the content security
 * policy (so every script and style the page needs comes from /static). A screenshot of each goes to
 * target/screenshots (and docs/screenshots with -Dxiangli.docs=true).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesLayoutBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int MIN_TARGET_PX = 44;
    private static final Path SHOTS = Path.of("target", "screenshots");

    /** A page, and what shows that it has finished drawing. */
    private record Page(String name, String path, Predicate<WebDriver> ready) {
    }

    StaffServerFixture f;
    ChromeDriver browser;
    LocalDate firstDay;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        f = new StaffServerFixture(dir.resolve("data"));
        // The station's next morning: three days of tickets stay within their days whatever the time of the run
        // (started in the evening, a day's tickets ran past midnight and the queue's daily reset).
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(f.queue.clock);
        java.time.ZonedDateTime morning = now.toLocalDate().atTime(8, 0).atZone(now.getZone());
        f.queue.clock.advance(Duration.between(now, morning.isAfter(now) ? morning : morning.plusDays(1)));
        firstDay = f.queue.queue.today();
        threeDaysOfTickets();
        browser = Browsers.start(dir.resolve("profile"));
        // Runs before the page's own scripts (and outside its policy): records anything the policy blocked.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__blocked = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.__blocked.push(e.violatedDirective + ' ' + e.blockedURI));
                """));
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

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844, true", "1280, 800, false"})
    void everyPageFitsTheScreenAndItsControlsCanBeTouched(int width, int height, boolean phone) throws IOException {
        viewport(width, height, phone);
        List<String> problems = new ArrayList<>();
        browser.manage().deleteAllCookies();
        check(new Page("staff-login", "/login", d -> !d.findElements(By.id("login-submit")).isEmpty()), width,
                height, phone, problems);
        login();
        String today = f.queue.queue.today().toString();
        for (Page page : List.of(
                new Page("staff-console", "/console",
                        d -> d.findElement(By.id("waiting-count")).getText().startsWith("(")),
                new Page("staff-rate", "/rate/1", d -> true),
                new Page("staff-display", "/display", d -> !d.findElements(By.id("window-1")).isEmpty()),
                new Page("staff-admin-services", "/admin/services", d -> true),
                new Page("staff-admin-service", "/admin/services/A", d -> true),
                new Page("staff-admin-windows", "/admin/windows", d -> true),
                new Page("staff-admin-rules", "/admin/rules", d -> true),
                new Page("staff-admin-accounts", "/admin/accounts", d -> true),
                new Page("staff-stats", "/admin/stats?from=" + firstDay + "&to=" + today, d -> true))) {
            check(page, width, height, phone, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void check(Page page, int width, int height, boolean phone, List<String> problems) throws IOException {
        browser.get(f.url(page.path()));
        Browsers.patience(browser, PATIENCE).until(page.ready()::test);
        JavascriptExecutor js = browser;
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long clientWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
        if (scrollWidth > clientWidth) {
            problems.add(page.name() + " at " + width + " px: the page is " + scrollWidth + " px wide, wider than "
                    + clientWidth + " px: " + js.executeScript(WIDEST));
        }
        @SuppressWarnings("unchecked")
        List<String> blocked = (List<String>) js.executeScript("return window.__blocked || []");
        blocked.forEach(b -> problems.add(page.name() + ": the content security policy blocked " + b));
        if (phone) {
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) js.executeScript(SMALL_TARGETS, MIN_TARGET_PX);
            small.forEach(s -> problems.add(page.name() + ": control under " + MIN_TARGET_PX + " px: " + s));
        }
        screenshot(page.name() + "-" + width + "x" + height, width, height, !page.name().equals("staff-display"));
    }

    /** The deepest elements reaching past the right edge, to say what overflows. */
    private static final String WIDEST = """
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > w + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 0.5))
              .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');
            """;

    /** Every visible control (a checkbox counts by its label) under the minimum height. */
    private static final String SMALL_TARGETS = """
            const min = arguments[0];
            return [...document.querySelectorAll('a, button, select, textarea, summary, label.check, input:not([type=hidden]):not([type=checkbox])')]
              .filter(e => e.getClientRects().length > 0)
              .filter(e => e.getBoundingClientRect().height < min - 0.5)
              .map(e => e.tagName + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 20) + '" '
                   + Math.round(e.getBoundingClientRect().height) + ' px');
            """;

    /** The viewport as a phone's or a PC's browser has it (a phone honours the page's viewport meta). */
    private void viewport(int width, int height, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** The whole page (or just the screen, for the display, which is sized by the screen), as a PNG. */
    private void screenshot(String name, int width, int height, boolean wholePage) throws IOException {
        if (wholePage) {
            long full = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight");
            viewport(width, (int) Math.min(Math.max(full, height), 4000), width < 600);
        }
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        viewport(width, height, width < 600);
        Files.createDirectories(SHOTS);
        Path shot = SHOTS.resolve(name + ".png");
        Files.write(shot, png);
        String docs = System.getProperty("xiangli.docs.dir", "");
        if (!docs.isBlank()) {
            Files.createDirectories(Path.of(docs));
            Files.copy(shot, Path.of(docs).resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void login() {
        browser.get(f.url("/login"));
        browser.findElement(By.id("username")).sendKeys("li");
        browser.findElement(By.id("password")).sendKeys(StaffServerFixture.PASSWORD);
        new Select(browser.findElement(By.id("window"))).selectByVisibleText("1 号窗口");
        browser.findElement(By.id("login-submit")).click();
        Browsers.patience(browser, PATIENCE).until(ExpectedConditions.urlContains("/console"));
    }

    /**
     * Three days of a small station: tickets through the morning, called after waits that grow each day, most
     * rated; on the last day two still wait and one is held, so the console has lists to show.
     */
    private void threeDaysOfTickets() {
        QueueService queue = f.queue.queue;
        f.queue.clock.advance(Duration.ofHours(1));
        for (int day = 0; day < 3; day++) {
            Duration spent = Duration.ZERO;
            for (int i = 0; i < 8; i++) {
                f.queue.take(i % 3 == 0 ? 'B' : 'A');
                Duration step = Duration.ofMinutes(9 + 4L * i + 5L * day);
                f.queue.clock.advance(step);
                spent = spent.plus(step);
            }
            int calls = day == 2 ? 5 : 8;
            for (int i = 0; i < calls; i++) {
                queue.callNext(1 + i % 2);
                Duration step = Duration.ofMinutes(3 + i % 4);
                f.queue.clock.advance(step);
                spent = spent.plus(step);
                if (day == 2 && i == calls - 1) {
                    queue.hold(1 + i % 2);
                } else {
                    queue.finish(1 + i % 2);
                    if (i % 4 != 3) {
                        queue.rate(1 + i % 2, 5 - i % 5);
                    }
                }
            }
            if (day < 2) {
                f.queue.clock.advance(Duration.ofDays(1).minus(spent));
            }
        }
    }
}
