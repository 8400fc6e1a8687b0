package org.xiangli.county.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.xiangli.county.CountyTestKit;
import org.xiangli.county.Hub;
import org.xiangli.county.HubHome;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.UserRepository;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.sync.FeedSync;
import org.xiangli.kiosk.fleet.FleetTestKit;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.testing.Await;
import org.xiangli.kiosk.testing.Mosquitto;

/**
 * Issue 17 end to end, in a real browser against a hub on a real Mosquitto set up as a county sets it up (init,
 * register with township and village, broker-config): a township editor writes a 财务公开 item with a photo and a
 * table pasted from a spreadsheet, a reviewer approves it, the editor publishes; a kiosk (the kiosk's own content
 * and fleet code, headless) syncs from the hub's feed, finds the item by pinyin initials, opens it, and the reach
 * page shows it applied and opened; withdrawing removes it from the kiosk. A township editor cannot publish to
 * another township. An urgent item reaches a connected kiosk through sync-now in under a minute.
 */
class PublishingBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "publish-test-password";

    @TempDir
    static Path dir;
    static Mosquitto broker;
    static Hub hub;
    static Path data;
    static PublisherKey publisher;
    static FleetTestKit kit;

    @BeforeAll
    static void county() throws Exception {
        Assumptions.assumeTrue(Mosquitto.installed(), "mosquitto is not installed");
        Assumptions.assumeTrue(Browsers.available(), "chromium and chromedriver are not installed");
        data = dir.resolve("hub");
        int port = Mosquitto.freePort();
        assertEquals(0, CountyTestKit.run("init", "--data", data.toString(), "--county", FleetTestKit.COUNTY,
                "--broker", "tcp://127.0.0.1:" + port).exit());
        for (String[] s : new String[][] {{"QS-001", "青石镇", "青石村"}, {"QS-002", "青石镇", "河口村"},
                {"HS-001", "红山乡", "红山村"}, {"DEMO-001", "白沙镇", "白沙村"}}) {
            CountyTestKit.Run r = CountyTestKit.run("register", "--data", data.toString(), "--station", s[0],
                    "--pubkey", CountyTestKit.devicePub(dir, s[0]).toString(), "--township", s[1], "--village", s[2]);
            assertEquals(0, r.exit(), r.err());
        }
        CountyTestKit.Run conf = CountyTestKit.run("broker-config", "--data", data.toString(), "--out",
                dir.resolve("conf").toString(), "--port", String.valueOf(port), "--persistence",
                dir.resolve("persist").toString());
        assertEquals(0, conf.exit(), conf.err());
        broker = Mosquitto.including(dir.resolve("broker"), port, dir.resolve("conf"));
        PublisherKeyFiles.generate(dir.resolve("county-key"));
        Files.copy(dir.resolve("county-key").resolve(PublisherKeyFiles.PRIVATE_FILE), data.resolve(HubHome.COUNTY_KEY));
        CountyTestKit.Run editor = CountyTestKit.run("user", "add", "qsz", "--data", data.toString(), "--role",
                "township-editor");
        assertEquals(2, editor.exit(), "a township editor without --scope is refused");
        HubHome home = new HubHome(data);
        try (HubDatabase db = HubDatabase.open(home.database())) {
            UserRepository users = new UserRepository(db);
            for (String[] u : new String[][] {{"qsz", "township-editor", "青石镇"}, {"jian", "reviewer", ""},
                    {"county", "county-editor", ""}, {"qsc", "village-editor", "QS-001"}}) {
                users.put(u[0], u[1], HubLogin.hash(PASSWORD));
                users.scope(u[0], u[2]);
            }
        }
        ZoneId zone = HeadlessKiosk.ZONE;
        hub = Hub.start(home, new Hub.Options(FleetTestKit.COUNTY, broker.url(), home.hubCredential(), "127.0.0.1", 0,
                Duration.ofMinutes(30), zone, home.countyKey(Optional.empty()), Optional.empty(),
                Duration.ofDays(90)), Clock.system(zone));
        publisher = home.publisherKey().publicKey();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve(HubHome.PUBLISHER_DIR).resolve(PublisherKeyFiles.PRIVATE_FILE))));
        kit = new FleetTestKit();
    }

    @AfterAll
    static void stop() {
        if (kit != null) {
            kit.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + hub.port() + path;
    }

    private static HeadlessKiosk kiosk(String station) throws Exception {
        return new HeadlessKiosk(dir.resolve("kiosk-" + station), station, URI.create(url("/feed/" + station
                + ".xlb")), publisher);
    }

    private static HeadlessKiosk connected(String station) throws Exception {
        HeadlessKiosk k = kiosk(station).connect(broker.url(), CountyTestKit.credential(data, station),
                new HubHome(data).countyKey(Optional.empty()).orElseThrow().publicKey(), kit);
        Await.until(station + " connected", WAIT, k::connected);
        return k;
    }

    private static void login(ChromeDriver browser, String user) {
        org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> wait = waiting(browser);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** A wait that looks again when the page it was reading was replaced (a form's answer arriving). */
    private static org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> waiting(ChromeDriver browser) {
        return Browsers.patience(browser, WAIT);
    }

    private static void logout(ChromeDriver browser) {
        browser.findElement(By.id("logout")).click();
    }

    private static void type(ChromeDriver browser, String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /**
     * What a paste from Excel or WPS puts in the field: tab-separated cells, one row a line. A WebDriver cannot
     * type a tab into a textarea (the key moves the focus) and headless Chromium has no clipboard to paste from,
     * so the pasted text is set as the paste would set it.
     */
    private static void paste(ChromeDriver browser, String id, String text) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
    }

    private static void select(ChromeDriver browser, String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private static String itemId(ChromeDriver browser) {
        String u = browser.getCurrentUrl();
        return u.substring(u.indexOf("/items/") + 7).replaceAll("[?].*", "");
    }

    private static void save(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path photo() throws Exception {
        BufferedImage img = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 120, 60), 3000, 2000, new Color(230, 210, 120)));
        g.fillRect(0, 0, 3000, 2000);
        g.setColor(Color.WHITE);
        g.fillOval(900, 400, 1200, 1200);
        g.dispose();
        Path file = dir.resolve("village-meeting.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void anEditorWritesAReviewerApprovesTheKioskShowsItAndAWithdrawRemovesIt() throws Exception {
        ChromeDriver browser = Browsers.start(dir.resolve("profile-1"));
        try (HeadlessKiosk kiosk = connected("QS-001")) {
            org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> wait = waiting(browser);
            login(browser, "qsz");
            browser.findElement(By.id("nav-items")).click();
            browser.findElement(By.id("new-item")).click();
            type(browser, "title", "青石村2026年第三季度财务公开");
            select(browser, "category", "affairs");
            type(browser, "summary", "7月至9月的收入和支出，请村民监督");
            type(browser, "body", "## 收支情况\n本季度收支如下，单据在村委会可查。\n- 收入合计 186,000 元\n"
                    + "- 支出合计 142,500 元\n\n有疑问请找村务监督委员会。");
            paste(browser, "table", "项目\t金额（元）\t说明\n上级转移支付\t120000\t含办公经费\n"
                    + "集体资产租金\t66000\t鱼塘、门面\n道路维修\t-82500\t2.3 公里\n\t\t\n");
            select(browser, "target-kind", "townships");
            type(browser, "target-names", "青石镇");
            browser.findElement(By.id("preview-button")).click();
            wait.until(d -> d.findElement(By.id("flash")).getText().contains("预览未保存"));
            WebElement landscape = browser.findElement(By.id("preview-landscape"));
            assertTrue(landscape.getText().contains("集体资产租金"), landscape.getText());
            assertTrue(landscape.getText().contains("收支情况"), landscape.getText());
            // The table was turned into the body's table by the preview; the photo goes with the save.
            assertTrue(browser.findElement(By.id("body")).getAttribute("value").contains("| 集体资产租金 | 66000 |"));
            browser.findElement(By.id("image")).sendKeys(photo().toAbsolutePath().toString());
            type(browser, "image-alt", "村民代表会议");
            browser.findElement(By.id("save")).click();
            wait.until(d -> d.findElement(By.id("flash")).getText().contains("已保存"));
            String id = itemId(browser);
            assertEquals("草稿", browser.findElement(By.id("item-status")).getText());
            assertTrue(browser.findElement(By.id("needs-review")).isDisplayed());
            assertTrue(browser.findElements(By.id("publish")).isEmpty(), "an affairs item cannot be published unreviewed");
            WebElement image = browser.findElement(By.cssSelector("#preview-landscape .k-image img"));
            Boolean shrunk = wait.until(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth;",
                    image)).intValue() == 1280);
            assertTrue(shrunk, "the photo is shrunk to 1280 px on the hub");
            assertEquals(3, browser.findElements(By.cssSelector("#preview-landscape .k-table tr")).size() - 1);
            browser.executeScript("window.scrollTo(0, 0)");
            save(browser, "publish-editor");
            browser.get(url("/items/" + id + "?large=1"));
            save(browser, "publish-preview-large");
            browser.get(url("/items/" + id));

            // A direct POST cannot skip the review either.
            browser.findElement(By.id("submit-review")).click();
            wait.until(d -> d.findElement(By.id("item-status")).getText().equals("待审核"));
            logout(browser);

            login(browser, "jian");
            browser.get(url("/items/" + id));
            type(browser, "review-note", "与账目核对一致");
            browser.findElement(By.id("approve")).click();
            wait.until(d -> d.findElement(By.id("item-status")).getText().equals("已审核"));
            logout(browser);

            login(browser, "qsz");
            browser.get(url("/items/" + id));
            browser.findElement(By.id("publish")).click();
            wait.until(d -> d.findElement(By.id("item-status")).getText().equals("已发布"));
            String history = browser.findElement(By.id("history")).getText();
            for (String line : List.of("qsz 创建", "qsz 提交审核", "jian 审核通过 与账目核对一致", "qsz 发布")) {
                assertTrue(history.contains(line), history);
            }

            // The kiosk polls its feed, as every 30 minutes: the bundle is verified and applied.
            assertTrue(kiosk.poll() instanceof FeedSync.Applied, "the kiosk applies the hub's bundle");
            ContentItem item = kiosk.library.find(id).orElseThrow();
            assertEquals("青石村2026年第三季度财务公开", item.title());
            assertTrue(item.bodyMarkdown().contains("| 集体资产租金 | 66000 | 鱼塘、门面 |"), item.bodyMarkdown());
            assertTrue(kiosk.library.search("qsc", 10).stream().anyMatch(i -> i.id().equals(id)),
                    "search by pinyin initials (青石村 = QSC) finds it");
            String imagePath = item.bodyMarkdown().replaceAll("(?s).*!\\[[^]]*]\\(([^)]+)\\).*", "$1");
            byte[] jpeg = kiosk.library.asset(item, imagePath).orElseThrow();
            BufferedImage shown = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertEquals(1280, shown.getWidth());
            assertTrue(jpeg.length < 400_000, "a 3000x2000 photo arrives as " + jpeg.length + " bytes");
            assertTrue(kiosk.poll() instanceof FeedSync.NotModified, "the next poll gets 304 by its ETag");

            kiosk.library.opened(item);
            kiosk.library.opened(item);
            browser.get(url("/items/" + id + "/reach"));
            wait.until(d -> {
                d.navigate().refresh();
                return d.findElement(By.id("applied-count")).getText().equals("1")
                        && d.findElement(By.id("pending-count")).getText().equals("1")
                        && d.findElement(By.id("opens-count")).getText().equals("2");
            });
            assertTrue(browser.findElement(By.id("reach")).getText().contains("QS-001 青石镇 青石村 在线 已应用 2"),
                    browser.findElement(By.id("reach")).getText());
            save(browser, "publish-reach");

            browser.get(url("/items/" + id));
            browser.findElement(By.id("withdraw")).click();
            wait.until(d -> d.findElement(By.id("item-status")).getText().equals("已撤回"));
            assertTrue(kiosk.poll() instanceof FeedSync.Applied);
            assertTrue(kiosk.library.find(id).isEmpty(), "the withdrawn item is gone from the kiosk");
            assertTrue(kiosk.library.search("qsc", 10).stream().noneMatch(i -> i.id().equals(id)));
            assertTrue(browser.findElement(By.id("history")).getText().contains("qsz 撤回"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aTownshipEditorCannotPublishToAnotherTownship() throws Exception {
        ChromeDriver browser = Browsers.start(dir.resolve("profile-2"));
        try {
            org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> wait = waiting(browser);
            login(browser, "qsz");
            for (String[] target : new String[][] {{"stations", "HS-001"}, {"townships", "红山乡"}, {"all", ""}}) {
                browser.get(url("/items/new"));
                type(browser, "title", "红山乡停电通知");
                type(browser, "body", "明天上午停电。");
                select(browser, "target-kind", target[0]);
                type(browser, "target-names", target[1]);
                browser.findElement(By.id("save")).click();
                String error = wait.until(d -> d.findElement(By.id("error"))).getText();
                assertTrue(error.contains("超出您的发布范围") || error.contains("只有县编辑"), error);
            }
            assertTrue(hub.publishing().items().all().stream().noneMatch(i -> i.title().equals("红山乡停电通知")),
                    "nothing was saved");
            logout(browser);

            // An item for 红山乡 written by the county: the township editor may neither change nor publish it.
            login(browser, "county");
            browser.get(url("/items/new"));
            type(browser, "title", "红山乡防火通知");
            type(browser, "body", "进入防火期，严禁野外用火。");
            select(browser, "target-kind", "townships");
            type(browser, "target-names", "红山乡");
            browser.findElement(By.id("save")).click();
            wait.until(d -> d.findElement(By.id("flash")).getText().contains("已保存"));
            String id = itemId(browser);
            logout(browser);
            login(browser, "qsz");
            browser.get(url("/items/" + id));
            String csrf = browser.findElement(By.name("_csrf")).getAttribute("value");
            browser.executeScript("var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                    + "var i = document.createElement('input'); i.name = '_csrf'; i.value = arguments[1];"
                    + "f.appendChild(i); document.body.appendChild(f); f.submit();", "/items/" + id + "/publish", csrf);
            String error = wait.until(d -> d.findElement(By.id("error"))).getText();
            assertTrue(error.contains("超出您的发布范围"), error);
            assertEquals("草稿", hub.publishing().items().find(id).orElseThrow().status().chinese());
            assertTrue(hub.publishing().items().latestBundle("HS-001").isEmpty(), "nothing was built for HS-001");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUrgentItemReachesAConnectedKioskInUnderAMinute() throws Exception {
        ChromeDriver browser = Browsers.start(dir.resolve("profile-3"));
        try (HeadlessKiosk kiosk = connected("QS-002")) {
            org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> wait = waiting(browser);
            login(browser, "county");
            browser.get(url("/items/new"));
            type(browser, "title", "紧急：今晚有大风暴雨");
            type(browser, "summary", "请关好门窗，不要外出");
            type(browser, "body", "气象台发布暴雨橙色预警。\n- 关好门窗\n- 转移低洼处人员");
            select(browser, "priority", "urgent");
            select(browser, "target-kind", "stations");
            type(browser, "target-names", "QS-002");
            browser.findElement(By.id("save")).click();
            wait.until(d -> d.findElement(By.id("flash")).getText().contains("已保存"));
            String id = itemId(browser);
            assertTrue(browser.findElement(By.cssSelector("#preview-portrait .k-urgent")).isDisplayed());
            long start = System.nanoTime();
            browser.findElement(By.id("publish")).click();
            // No poll by the test: only the hub's sync-now over Mosquitto can bring it.
            Await.until("the urgent item on QS-002", Duration.ofSeconds(60),
                    () -> kiosk.library.urgent().stream().anyMatch(i -> i.id().equals(id)));
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("urgent item: publish click to applied on the kiosk in " + ms + " ms");
            assertTrue(ms < 60_000);
            assertFalse(kiosk.syncs.get() == 0);
        } finally {
            browser.quit();
        }
    }

    /**
     * The real kiosk — {@code kiosk.jar --demo --headless --scenario}, built by the reactor's package phase before
     * county's tests — configured with the hub's feed, the hub's publisher key and the county's broker, finds the
     * item a county editor published for it by pinyin initials on its letter pad and opens it; the hub then sees the
     * bundle applied in the kiosk's retained state.
     */
    @Test
    void theRealKioskSyncsFromTheHubAndShowsTheItemInAScenario() throws Exception {
        Path jar = Path.of("..", "kiosk", "target", "kiosk.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "kiosk.jar is built by package (a reactor build makes it "
                + "before county's tests)");
        ChromeDriver browser = Browsers.start(dir.resolve("profile-4"));
        String id;
        try {
            org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> wait = waiting(browser);
            login(browser, "county");
            // An urgent item first: its banner on the kiosk's home page says when the first feed poll has applied
            // the station's bundle (which then holds both items).
            browser.get(url("/items/new"));
            type(browser, "title", "暴雨橙色预警");
            type(browser, "body", "今晚有大到暴雨，请关好门窗。");
            select(browser, "priority", "urgent");
            select(browser, "target-kind", "stations");
            type(browser, "target-names", "DEMO-001");
            browser.findElement(By.id("save")).click();
            wait.until(d -> d.findElement(By.id("flash")).getText().contains("已保存"));
            browser.findElement(By.id("publish")).click();
            wait.until(d -> d.findElement(By.id("item-status")).getText().equals("已发布"));
            browser.get(url("/items/new"));
            type(browser, "title", "青石村防汛值班安排");
            type(browser, "summary", "汛期每晚两人值班");
            type(browser, "body", "## 值班安排\n汛期每晚由两名村干部值班。\n- 值班电话 0790-1234567\n- 险情请立即报告");
            select(browser, "target-kind", "stations");
            type(browser, "target-names", "DEMO-001");
            browser.findElement(By.id("save")).click();
            wait.until(d -> d.findElement(By.id("flash")).getText().contains("已保存"));
            id = itemId(browser);
            browser.findElement(By.id("publish")).click();
            wait.until(d -> d.findElement(By.id("item-status")).getText().equals("已发布"));
        } finally {
            browser.quit();
        }
        HubHome home = new HubHome(data);
        Path countyKeys = dir.resolve("county-keys.pub");
        Files.writeString(countyKeys, home.countyKey(Optional.empty()).orElseThrow().publicKey().encoded() + "\n");
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "[station]\ncode = \"DEMO-001\"\n\n[content]\nfeed_url = \"" + url("/feed/DEMO-001.xlb")
                + "\"\ntrusted_keys = [\"" + publisher.encoded() + "\"]\n\n[fleet]\nbroker_url = \"" + broker.url()
                + "\"\ncounty = \"" + FleetTestKit.COUNTY + "\"\ncredential_file = \""
                + home.credentialFile("DEMO-001").toAbsolutePath() + "\"\ncounty_keys_file = \""
                + countyKeys.toAbsolutePath() + "\"\n");
        Path scenario = dir.resolve("hub-item.scenario");
        Files.writeString(scenario, """
                # The hub's bundle reaches the kiosk at its first feed poll (20 s after start): the urgent item's
                # banner shows on the home page; the other item is found by its pinyin initials QSC.
                wait 暴雨橙色预警 120
                tap 政策宣传
                tap 搜索
                tap Q
                tap S
                tap C
                expect QSC
                wait 青石村防汛值班安排
                tap 青石村防汛值班安排
                wait 值班电话 0790-1234567
                screenshot %s
                # The fleet looks for a new bundle every 15 s and then sends its state: stay on long enough.
                sleep 25
                """.formatted(Path.of("target", "screenshots", "publish-kiosk-shows-item.png").toAbsolutePath()));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "--demo", "--headless", "--data",
                dir.resolve("kiosk-jar-data").toString(), "--config", config.toString(), "--size", "1280x800",
                "--scenario", scenario.toString());
        Path output = dir.resolve("kiosk-jar.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the kiosk did not finish in 5 minutes:\n" + Files.readString(output));
        }
        String out = Files.readString(output);
        assertEquals(0, p.exitValue(), out);
        var item = hub.publishing().items().find(id).orElseThrow();
        try {
            Await.until("the hub sees DEMO-001 applied", WAIT, () -> new org.xiangli.county.publish.Reach(
                    hub.publishing().items(), hub.stations(), publisher.id()).of(item).applied() == 1);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the hub has " + hub.stations().find("DEMO-001")
                    .flatMap(org.xiangli.county.store.StationRepository.Station::stateJson).orElse("no state")
                    + "; the kiosk said:\n" + out.lines().filter(l -> l.contains("fleet") || l.contains("content") || l.contains("WARN")
                    || l.contains("ERROR") || l.contains("Exception") || l.contains("sleep"))
                    .collect(java.util.stream.Collectors.joining("\n")), e);
        }
    }
}
