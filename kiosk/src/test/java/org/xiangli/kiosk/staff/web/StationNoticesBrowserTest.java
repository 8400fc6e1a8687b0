package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.notice.StationNotices;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.QueueSettingsRepository;
import org.xiangli.kiosk.queue.ServiceWindowRepository;
import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;
import org.xiangli.kiosk.staff.StaffSessions;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * Issue 17, part 2: an admin posts a station notice with a photo from the staff console; the kiosk's library shows
 * it at once as an urgent item (the screen is told to refresh its banners), the event for the hub is recorded, and
 * taking it down removes it.
 */
class StationNoticesBrowserTest {

    @TempDir
    Path dir;

    @Test
    void anAdminPostsANoticeWithAPhotoAndTheKioskShowsItAtOnce() throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        QueueFixture queue = new QueueFixture(dir.resolve("data"), Instant.now(), QueueFixture.SERVICES);
        StaffAccountRepository accounts = new StaffAccountRepository(queue.db);
        accounts.add("li", StaffLogin.hash(StaffServerFixture.PASSWORD, StaffServerFixture.PASSWORDS), StaffRole.ADMIN,
                Instant.now());
        QueueAdmin admin = new QueueAdmin(queue.guide, new ServiceWindowRepository(queue.db),
                new QueueSettingsRepository(queue.db), queue.queue);
        CallBoard board = new CallBoard(queue.queue).start();
        ContentRepository content = new ContentRepository(queue.db);
        KioskEventRepository events = new KioskEventRepository(queue.db);
        AtomicInteger refreshed = new AtomicInteger();
        StaffServer server = new StaffServer(queue.queue, board, admin, accounts,
                new StaffSessions(accounts, queue.clock), StaffServerFixture.PASSWORDS,
                new Messages(Locale.SIMPLIFIED_CHINESE), "青石村综合服务站", queue.clock,
                StaffServerFixture.quietStation(queue))
                .withNotices(new StationNotices(dir.resolve("station-key"), "DEMO-001", content, events,
                        java.time.Clock.systemUTC()), refreshed::incrementAndGet, java.time.Clock.systemUTC())
                .start("127.0.0.1", 0);
        ChromeDriver browser = Browsers.start(dir.resolve("profile"));
        try {
            WebDriverWait wait = Browsers.patience(browser, Duration.ofSeconds(30));
            String base = "http://127.0.0.1:" + server.port();
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys("li");
            browser.findElement(By.id("password")).sendKeys(StaffServerFixture.PASSWORD);
            new Select(browser.findElement(By.id("window"))).selectByIndex(0);
            browser.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.urlContains("/console"));
            browser.get(base + "/admin/notices");
            assertTrue(browser.findElement(By.id("notices-none")).isDisplayed());
            Path photo = dir.resolve("photo.jpg");
            ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
            browser.findElement(By.id("notice-text")).sendKeys("明天上午停水\n8点到12点，请提前接好水。");
            browser.findElement(By.id("notice-photo")).sendKeys(photo.toAbsolutePath().toString());
            browser.findElement(By.id("notice-post")).click();
            wait.until(ExpectedConditions.textToBe(By.id("admin-notice"), "已保存，立即生效"));
            assertTrue(browser.findElement(By.id("notices")).getText().contains("明天上午停水"));
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                    Path.of("target", "screenshots", "station-notices.png"), StandardCopyOption.REPLACE_EXISTING);

            ContentLibrary library = new ContentLibrary(content, java.time.Clock.systemUTC());
            List<ContentItem> urgent = library.urgent();
            assertEquals(1, urgent.size());
            assertEquals("明天上午停水", urgent.getFirst().title());
            assertTrue(urgent.getFirst().bodyMarkdown().contains("![照片]("), urgent.getFirst().bodyMarkdown());
            assertEquals(1, refreshed.get(), "the kiosk's screen is told at once");
            assertTrue(events.latestOf(List.of(StationNotices.EVENT), 1).getFirst().detail().startsWith("明天上午停水"),
                    "reported to the hub through the fleet's events");

            browser.findElement(By.cssSelector("#notices button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notices-none")));
            assertTrue(library.urgent().isEmpty());
            assertEquals(2, refreshed.get());
        } finally {
            browser.quit();
            server.close();
            board.close();
            queue.close();
        }
    }
}
