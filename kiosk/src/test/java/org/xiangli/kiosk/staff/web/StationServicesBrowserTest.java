package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.ReceiptElement;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.errands.ErrandLookup;
import org.xiangli.kiosk.errands.ErrandRepository;
import org.xiangli.kiosk.errands.IdentitySeal;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.FactorLockout;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.Sealer;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.QueueSettingsRepository;
import org.xiangli.kiosk.queue.ServiceWindowRepository;
import org.xiangli.kiosk.requests.Request;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.requests.RequestRepository;
import org.xiangli.kiosk.requests.RequestTopic;
import org.xiangli.kiosk.satisfaction.StationSatisfaction;
import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;
import org.xiangli.kiosk.staff.StaffSessions;

/**
 * 代办 and 诉求·意见 in the staff console, in a real browser against the real server and store: staff register an
 * errand (its receipt prints with the errand's QR, the name masked), move it on, see it overdue, and the call display
 * calls the villager to pick it up; staff answer a request the kiosk took. Screenshots of the pages go to
 * target/screenshots (and the docs folder with -Dxiangli.docs.dir).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StationServicesBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path SHOTS = Path.of("target", "screenshots");

    QueueFixture queue;
    StaffServer server;
    CallBoard board;
    ErrandDesk errands;
    RequestDesk requests;
    final List<Receipt> printed = new CopyOnWriteArrayList<>();
    ChromeDriver browser;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        queue = new QueueFixture(dir.resolve("data"), Instant.parse("2026-11-30T01:00:00Z"));
        StaffAccountRepository accounts = new StaffAccountRepository(queue.db);
        accounts.add("wang", StaffLogin.hash(StaffServerFixture.PASSWORD, StaffServerFixture.PASSWORDS),
                StaffRole.STAFF, Instant.now());
        DataKey key = DataKey.of(new byte[32]);
        IdentitySeal seal = new IdentitySeal(new KeyedHash(key), new Sealer(key));
        errands = new ErrandDesk(new ErrandRepository(queue.db), seal, new FactorLockout(3, Duration.ofMinutes(15)),
                "QS-01", QueueFixture.SHANGHAI, queue.clock);
        requests = new RequestDesk(new RequestRepository(queue.db), seal, dir.resolve("data/requests"), "QS-01",
                QueueFixture.SHANGHAI, queue.clock);
        board = new CallBoard(queue.queue).start();
        QueueAdmin admin = new QueueAdmin(queue.guide, new ServiceWindowRepository(queue.db),
                new QueueSettingsRepository(queue.db), queue.queue);
        server = new StaffServer(queue.queue, board, admin, accounts, new StaffSessions(accounts, queue.clock),
                StaffServerFixture.PASSWORDS, new Messages(Locale.SIMPLIFIED_CHINESE), "青石村综合服务站", queue.clock,
                StaffServerFixture.quietStation(queue))
                .stationServices(errands, requests, new StationSatisfaction(queue.queue, errands, requests),
                        receipt -> {
                            printed.add(receipt);
                            return CompletableFuture.completedFuture(new PrintResult(100, DeviceStatus.online()));
                        }, queue.clock, timeout -> CompletableFuture.completedFuture(DemoIdentities.OUYANG_CHUNSHENG))
                .start("127.0.0.1", 0);
        browser = Browsers.start(dir.resolve("profile"));
    }

    @org.junit.jupiter.api.BeforeEach
    void loggedIn() {
        browser.manage().deleteAllCookies();
        login();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            board.close();
            queue.close();
        }
    }

    @Test
    void staffRegisterAnErrandMoveItOnAndTheDisplayCallsTheVillagerToPickItUp() throws IOException {
        String id = DemoIdentities.WANG_XIUYING.idNumber().value();
        browser.get(url("/errands"));
        browser.findElement(By.id("errand-id")).sendKeys(id);
        browser.findElement(By.id("errand-name")).sendKeys("王秀英");
        browser.findElement(By.id("errand-service")).sendKeys("养老保险待遇认证");
        setDate("errand-promised", errands.today().plusDays(5).toString());
        browser.findElement(By.id("errand-notes")).sendKeys("已收身份证复印件");
        browser.findElement(By.id("register-errand-submit")).click();

        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-notice"), "已登记"));
        String number = errands.latest(1).getFirst().errand().number();
        String row = browser.findElement(By.id("errand-" + number)).getText();
        assertTrue(row.contains("王*英") && row.contains("养老保险待遇认证") && row.contains("已受理"), row);
        assertFalse(browser.getPageSource().contains("王秀英"), "the list shows the name masked");
        assertFalse(browser.getPageSource().contains(id), "the ID number is not shown back after registering");
        Receipt receipt = printed.getLast();
        assertTrue(text(receipt).contains("王*英") && !text(receipt).contains("王秀英"), text(receipt));
        String qr = receipt.elements().stream().filter(ReceiptElement.QrCode.class::isInstance)
                .map(e -> ((ReceiptElement.QrCode) e).content()).findFirst().orElseThrow();
        assertTrue(errands.byCode(qr) instanceof ErrandLookup.Found, "the receipt's QR finds the errand: " + qr);

        move(number, "已报送乡镇/县", "");
        move(number, "已办结，请来领取", "");
        assertTrue(browser.findElement(By.id("errand-" + number)).getText().contains("wang"), "stamped with who");
        screenshot("staff-errands-1280x800");

        WebDriver display = browser;
        display.get(url("/display"));
        wait(display).until(ExpectedConditions.textToBe(By.id("pickup"), "请 王*英 来领取办好的材料"));
        wait(display).until(d -> d.findElement(By.id("satisfaction-figures")).getText().contains("代办按时办结率 100%"));
        screenshot("staff-display-pickup-1280x800");
        browser.get(url("/errands"));
        move(number, "已领取", "");
        display.get(url("/display"));
        wait(display).until(d -> "loaded".equals(d.findElement(By.tagName("body")).getDomAttribute("data-board")));
        assertTrue(display.findElement(By.id("pickup")).getText().isEmpty());
    }

    @Test
    void staffRegisterAnErrandByTheCardOnTheKiosksReader() {
        browser.get(url("/errands"));
        browser.findElement(By.id("errand-service")).sendKeys("残疾人两项补贴");
        setDate("errand-promised", errands.today().plusDays(10).toString());
        browser.findElement(By.id("register-errand-by-card")).click();
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-notice"), "已登记"));
        String number = errands.latest(1).getFirst().errand().number();
        String row = browser.findElement(By.id("errand-" + number)).getText();
        assertTrue(row.contains("欧**生") && row.contains("残疾人两项补贴"), row);
        assertTrue(errands.byCard(DemoIdentities.OUYANG_CHUNSHENG) instanceof ErrandLookup.Found);
        assertFalse(browser.getPageSource().contains("欧阳春生"));
    }

    @Test
    void aBadRegistrationSaysWhyAndKeepsWhatWasTyped() {
        browser.get(url("/errands"));
        browser.findElement(By.id("errand-id")).sendKeys("360123194203150027");
        browser.findElement(By.id("errand-name")).sendKeys("李建国");
        browser.findElement(By.id("errand-service")).sendKeys("户籍");
        setDate("errand-promised", errands.today().plusDays(1).toString());
        // The browser's own check would stop a wrong pattern; the server must refuse a wrong check digit itself.
        browser.findElement(By.id("register-errand-submit")).click();
        wait(browser).until(ExpectedConditions.textToBe(By.id("admin-error"), "身份证号不对，请检查"));
        assertEquals("李建国", browser.findElement(By.id("errand-name")).getDomProperty("value"));
    }

    @Test
    void anErrandPastItsPromisedDateIsFlaggedOverdue() {
        // Registered two days ago, promised for that day (a date in the past cannot be registered).
        queue.clock.advance(Duration.ofDays(-2));
        org.xiangli.kiosk.errands.ErrandView view;
        try {
            view = errands.register(DemoIdentities.LI_JIANGUO.idNumber().value(), "李建国", "户籍迁移",
                    errands.today(), "", "wang");
        } finally {
            queue.clock.advance(Duration.ofDays(2));
        }
        browser.get(url("/errands"));
        String row = browser.findElement(By.id("errand-" + view.errand().number())).getText();
        assertTrue(row.contains("已逾期"), row);
        assertTrue(browser.findElement(By.id("overdue-count")).getText().matches("逾期 [1-9].*"));
    }

    @Test
    void staffAnswerARequestAndTheKioskReadsTheAnswer() throws IOException {
        Request request = requests.submit(RequestTopic.SANITATION, "request.phrase.SANITATION.2", Optional.empty(),
                "13800001234");
        browser.get(url("/requests"));
        WebDriverWait w = wait(browser);
        String row = browser.findElement(By.id("request-" + request.number())).getText();
        assertTrue(row.contains("水沟堵了") && row.contains("13800001234") && row.contains("待处理"), row);
        browser.findElement(By.cssSelector("#request-" + request.number() + " form[action$='/start'] button")).click();
        w.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-" + request.number()), "处理中"));
        browser.findElement(By.cssSelector("#request-" + request.number() + " textarea")).sendKeys("已安排保洁员明天疏通。");
        browser.findElement(By.cssSelector("#request-" + request.number() + " form[action$='/answer'] button")).click();
        w.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-" + request.number()), "已答复"));
        screenshot("staff-requests-1280x800");

        Request answered = requests.byCode(requests.code(request).text()).orElseThrow();
        assertEquals("已安排保洁员明天疏通。", answered.answer());
        assertEquals(Optional.of("wang"), answered.answeredBy());
    }

    private void move(String number, String state, String note) {
        new Select(browser.findElement(By.cssSelector("#errand-" + number + " select[name=state]")))
                .selectByVisibleText(state);
        browser.findElement(By.cssSelector("#errand-" + number + " input[name=note]")).sendKeys(note);
        // The form posts and the page comes back. Wait for the new document, not the old row (whose select already
        // holds the state's words): a mark on the old page's window is gone once the new page has loaded. Reading
        // the row mid-reload failed in CI with a stale element, and asking for its staleness with "node does not
        // belong to the document", so every driver error is ignored while the page changes.
        ((JavascriptExecutor) browser).executeScript("window.xiangliOldPage = true;");
        browser.findElement(By.cssSelector("#errand-" + number + " form.actions button")).click();
        wait(browser).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return window.xiangliOldPage === undefined && document.readyState === 'complete';")));
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("errand-" + number), state));
    }

    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, isoDate);
    }

    private static String text(Receipt receipt) {
        StringBuilder s = new StringBuilder();
        for (ReceiptElement e : receipt.elements()) {
            switch (e) {
                case ReceiptElement.Text t -> s.append(t.text()).append('\n');
                case ReceiptElement.KeyValue kv -> s.append(kv.key()).append(' ').append(kv.value()).append('\n');
                default -> { }
            }
        }
        return s.toString();
    }

    private void screenshot(String name) throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 800,
                "deviceScaleFactor", 1, "mobile", false));
        Files.createDirectories(SHOTS);
        Path shot = SHOTS.resolve(name + ".png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        String docs = System.getProperty("xiangli.docs.dir", "");
        if (!docs.isBlank()) {
            Files.createDirectories(Path.of(docs));
            Files.copy(shot, Path.of(docs).resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void login() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("wang");
        browser.findElement(By.id("password")).sendKeys(StaffServerFixture.PASSWORD);
        new Select(browser.findElement(By.id("window"))).selectByVisibleText("1 号窗口");
        browser.findElement(By.id("login-submit")).click();
        wait(browser).until(ExpectedConditions.urlContains("/console"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return Browsers.patience(driver, PATIENCE);
    }

}
