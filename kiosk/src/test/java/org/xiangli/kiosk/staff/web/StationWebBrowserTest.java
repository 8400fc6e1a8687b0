package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.MediaStatus;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.staff.HelpCall;
import org.xiangli.kiosk.staff.HelpCallRepository;

/**
 * Issue 14's web side in a real browser against the real server: the phone status page a ticket's QR opens (on a
 * 4-inch phone, live until the ticket is called), every logged-in console ringing for a call for staff and one of
 * them answering it, the printer's state on the console, the call display's station time, the 404 and 500 pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StationWebBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path SHOTS = Path.of("target", "screenshots");

    StaffServerFixture f;
    ChromeDriver phone;
    ChromeDriver wang;
    ChromeDriver li;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        f = new StaffServerFixture(dir.resolve("data"));
        phone = Browsers.start(dir.resolve("phone"));
        // The consoles may sound without a click first, as a console that staff already touched does.
        wang = Browsers.start(dir.resolve("wang"), "--autoplay-policy=no-user-gesture-required");
        li = Browsers.start(dir.resolve("li"), "--autoplay-policy=no-user-gesture-required");
    }

    @AfterAll
    void stop() {
        for (ChromeDriver d : new ChromeDriver[] {phone, wang, li}) {
            if (d != null) {
                d.quit();
            }
        }
        if (f != null) {
            f.close();
        }
    }

    @Test
    void thePhonePageFollowsTheTicketLiveUntilItIsCalledAndFitsA4InchPhone() throws IOException {
        Ticket before = f.queue.take('A');
        Ticket mine = f.queue.take('A');
        String code = f.codes.codeOf(mine);
        assertTrue(code.matches("[a-z2-7]{16}"), code);
        assertNotEquals(f.codes.codeOf(before), code);
        phone.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 640,
                "deviceScaleFactor", 2, "mobile", true));
        phone.get(f.url("/t/" + code));
        waitFor(phone).until(ExpectedConditions.textToBe(By.id("ticket"), mine.label()));
        assertEquals("前面还有 1 人", phone.findElement(By.id("headline")).getText());
        assertTrue(phone.findElement(By.id("lines")).getText().contains("预计等待约 3 分钟"), "one ahead, 5 minutes each, two windows");
        // The stream is open (its first status arrived) before anything changes.
        waitFor(phone).until(d -> !"0".equals(attr(d, "updates")) && attr(d, "updates") != null);
        assertFits(phone);
        screenshot(phone, "phone-status-360x640");

        f.queue.queue.callNext(1);
        waitFor(phone).until(ExpectedConditions.textToBe(By.id("headline"), "下一个就是您，请到窗口附近等候"));
        long called = System.nanoTime();
        f.queue.queue.callNext(2);
        waitFor(phone).until(ExpectedConditions.textToBe(By.id("headline"), "请到 2 号窗口办理"));
        // A figure for the report, not a limit (that would be timing-fragile here): includes the 300 ms coalescing.
        System.out.printf("phone status page showed the call %d ms after it (includes WebDriver polling)%n",
                (System.nanoTime() - called) / 1_000_000);
        assertEquals("CALLED", attr(phone, "state"));
        assertFits(phone);
        // After the headline's flash, as the villager then sees it.
        waitFor(phone).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.getAnimations().length === 0"));
        screenshot(phone, "phone-status-called-360x640");
        String page = phone.getPageSource();
        assertFalse(page.contains("XL_SESSION") || phone.manage().getCookies().size() > 0, "no cookie, no session");
    }

    @Test
    void aCodeThatNamesNoTicketGetsTheSameNotFoundPage() {
        Ticket t = f.queue.take('B');
        String real = f.codes.codeOf(t);
        for (String code : List.of("aaaaaaaaaaaaaaaa", real.substring(1) + "a", "A003", "1",
                real.toUpperCase(java.util.Locale.ROOT))) {
            phone.get(f.url("/t/" + code));
            assertEquals("NOT_FOUND", attr(phone, "state"), code);
            assertEquals("找不到这张号", phone.findElement(By.id("headline")).getText(), code);
            assertFalse(phone.getPageSource().contains(t.label()), code);
        }
    }

    @Test
    void everyConsoleRingsForACallForStaffAndOneAnswersIt() {
        login(wang, "wang", "1 号窗口");
        login(li, "li", "2 号窗口");
        HelpCall call = f.helpDesk.call("排队取号·办事指南", HelpCall.Source.SCREEN);
        for (ChromeDriver console : List.of(wang, li)) {
            waitFor(console).until(ExpectedConditions.textToBePresentInElementLocated(By.id("help-calls"),
                    "自助机 DEMO-001 呼叫工作人员 · 页面“排队取号·办事指南”"));
            waitFor(console).until(d -> attr(d, "rings") != null);
            assertNotEquals("unavailable", attr(console, "audio"), "the chime played");
            assertTrue(console.getTitle().startsWith("(1) "), console.getTitle());
        }
        // A minute and a half goes by on the kiosk's clock before someone answers.
        f.queue.clock.advance(Duration.ofSeconds(90));
        waitFor(wang).until(ExpectedConditions.textToBePresentInElementLocated(By.id("help-calls"), "已等 1 分 30 秒"));
        screenshot(wang, "staff-help-call-1280x900");
        wang.findElement(By.cssSelector(".help-call button.answer")).click();
        for (ChromeDriver console : List.of(wang, li)) {
            waitFor(console).until(d -> d.findElements(By.cssSelector(".help-call")).isEmpty());
        }
        HelpCall answered = new HelpCallRepository(f.queue.db).find(call.id()).orElseThrow();
        assertEquals(Optional.of("wang"), answered.answeredBy());
        assertTrue(answered.answeredAt().isPresent());
        // The statistics count it, on the page and in the CSV.
        li.get(f.url("/admin/stats"));
        assertTrue(li.findElement(By.id("help-stats")).getText().contains("共呼叫 1 次，已应答 1 次"),
                li.findElement(By.id("help-stats")).getText());
        // Rows end in CRLF on the wire; compared by line, as the browser hands the text over.
        String csv = ((String) li.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/admin/stats.csv').then(r => r.text()).then(done);")).replace("\r\n", "\n");
        long seconds = answered.waited().orElseThrow().toSeconds();
        assertEquals(90, seconds);
        assertTrue(csv.contains("\n\n呼叫工作人员,呼叫次数,已应答,应答时间中位数（秒）,90% 应答时间（秒）\n"
                + "呼叫工作人员,1,1," + seconds + "," + seconds + "\n"), csv);
    }

    @Test
    void theConsoleShowsThePrinterStateLive() {
        login(wang, "wang", "1 号窗口");
        waitFor(wang).until(ExpectedConditions.textToBe(By.cssSelector("#devices li[data-device=printer]"),
                "打印机: 正常"));
        f.devices.put("printer", new DeviceStatus(DeviceState.USER_ERROR, MediaStatus.OUT, StatusReason.PAPER_OUT,
                "status 0x0c"));
        waitFor(wang).until(ExpectedConditions.textToBe(By.cssSelector("#devices li[data-device=printer]"),
                "打印机: 缺纸"));
        assertTrue(wang.findElement(By.cssSelector("#devices li[data-device=printer]")).getAttribute("class")
                .contains("bad"));
        f.devices.put("printer", new DeviceStatus(DeviceState.ONLINE, MediaStatus.NEAR_END,
                StatusReason.PAPER_NEAR_END, ""));
        waitFor(wang).until(ExpectedConditions.textToBe(By.cssSelector("#devices li[data-device=printer]"),
                "打印机: 纸快用完了"));
        f.devices.put("printer", new DeviceStatus(DeviceState.USER_ERROR, MediaStatus.OK, StatusReason.COVER_OPEN,
                ""));
        waitFor(wang).until(ExpectedConditions.textToBe(By.cssSelector("#devices li[data-device=printer]"),
                "打印机: 盖子没关好"));
        f.devices.put("printer", DeviceStatus.online());
    }

    @Test
    void theDisplayShowsStationTimeNotTheBrowsers() {
        // The fixture's kiosk clock stands at a fixed instant: the display must run from it, in Asia/Shanghai.
        phone.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
        try {
            phone.get(f.url("/display"));
            waitFor(phone).until(d -> !d.findElement(By.id("clock")).getText().isEmpty());
            LocalTime shown = LocalTime.parse(phone.findElement(By.id("clock")).getText(),
                    DateTimeFormatter.ofPattern("H:mm:ss"));
            LocalTime station = f.queue.clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime();
            long apart = Math.abs(Duration.between(station, shown).toSeconds());
            assertTrue(apart < 120, "display shows " + shown + ", station time is " + station);
        } finally {
            phone.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    @Test
    void aPriorityCallSaysPriorityLaneOnTheDisplay() {
        phone.get(f.url("/display"));
        waitFor(phone).until(d -> d.findElements(By.id("window-1")).size() == 1);
        Ticket t = f.queue.take('A');
        f.queue.queue.setPriority(t.id(), org.xiangli.kiosk.queue.PriorityReason.ELDERLY);
        // Whatever waits before it, it is called first: a priority ticket goes ahead.
        f.queue.queue.callNext(1);
        waitFor(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest"), "绿色通道"));
        assertTrue(phone.findElement(By.id("latest")).getText().contains(t.label()));
        assertTrue(phone.findElement(By.cssSelector("#window-1")).getText().contains("绿色通道"));
    }

    @Test
    void unknownPagesAnswerAFriendly404InTheConsolesStyle() {
        login(wang, "wang", "1 号窗口");
        wang.get(f.url("/stats"));
        assertEquals("页面不存在", wang.findElement(By.id("not-found")).getText());
        assertTrue(wang.getPageSource().contains("/static/staff.css"));
        assertFalse(wang.getPageSource().contains("Endpoint"));
        phone.get(f.url("/t/a/b"));
        assertFalse(phone.getPageSource().contains("Endpoint"));
    }

    private void assertFits(ChromeDriver d) {
        JavascriptExecutor js = d;
        long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long client = (Long) js.executeScript("return document.documentElement.clientWidth");
        assertTrue(scroll <= client, "the page is " + scroll + " px wide on a " + client + " px screen");
        Number headline = (Number) js.executeScript(
                "return parseFloat(getComputedStyle(document.getElementById('headline')).fontSize)");
        Number lines = (Number) js.executeScript(
                "return Math.min(...[...document.querySelectorAll('.line')].map(e => parseFloat(getComputedStyle(e).fontSize)))");
        assertTrue(headline.doubleValue() >= 32, "headline " + headline + " px");
        assertTrue(lines.doubleValue() >= 22, "lines " + lines + " px");
        Number bottom = (Number) js.executeScript(
                "return document.getElementById('headline').getBoundingClientRect().bottom");
        assertTrue(bottom.doubleValue() <= 640, "what matters is on the first screen: headline ends at " + bottom);
    }

    private static String attr(org.openqa.selenium.WebDriver d, String name) {
        return d.findElement(By.tagName("body")).getAttribute("data-" + name);
    }

    private void login(ChromeDriver console, String user, String window) {
        console.manage().deleteAllCookies();
        console.get(f.url("/login"));
        console.findElement(By.id("username")).sendKeys(user);
        console.findElement(By.id("password")).sendKeys(StaffServerFixture.PASSWORD);
        new Select(console.findElement(By.id("window"))).selectByVisibleText(window);
        console.findElement(By.id("login-submit")).click();
        waitFor(console).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.urlContains("/console"));
    }

    private static void screenshot(ChromeDriver d, String name) throws RuntimeException {
        try {
            Files.createDirectories(SHOTS);
            Path shot = SHOTS.resolve(name + ".png");
            Files.write(shot, d.getScreenshotAs(OutputType.BYTES));
            String docs = System.getProperty("xiangli.docs.dir", "");
            if (!docs.isBlank()) {
                Files.createDirectories(Path.of(docs));
                Files.copy(shot, Path.of(docs).resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebDriverWait waitFor(org.openqa.selenium.WebDriver driver) {
        return Browsers.patience(driver, PATIENCE);
    }
}
