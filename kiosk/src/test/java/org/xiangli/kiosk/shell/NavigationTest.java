package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.screens.ArticleScreen;
import org.xiangli.kiosk.content.screens.PublicityScreen;
import org.xiangli.kiosk.payments.screens.IdNumberEntryScreen;
import org.xiangli.kiosk.payments.screens.IdentifyScreen;
import org.xiangli.kiosk.queue.screens.ServiceDetailScreen;
import org.xiangli.kiosk.queue.screens.ServiceGuideScreen;

class NavigationTest {

    @TempDir
    Path dataDir;

    private KioskFixture kiosk;
    private KioskShell shell;

    @BeforeEach
    void start() {
        kiosk = new KioskFixture(dataDir, 1920, 1080, Locale.SIMPLIFIED_CHINESE);
        shell = kiosk.shell();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private void press(String styleClass) {
        kiosk.ui().run(() -> SceneWalker.first(shell.root(), Button.class,
                b -> b.getStyleClass().contains(styleClass)).fire());
        kiosk.render();
    }

    private void advance(int seconds) {
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(seconds)));
    }

    private void touch() {
        kiosk.ui().run(() -> Event.fireEvent(shell.root(), new MouseEvent(MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null)));
    }

    @Test
    void aHomePageLeftBehindStopsFollowingTheScreensOrientation() {
        HomeScreen first = assertInstanceOf(HomeScreen.class, shell.current());
        press("tile-help");
        press("home-button");
        HomeScreen second = assertInstanceOf(HomeScreen.class, shell.current());
        assertNotSame(first, second);
        assertEquals(2, kiosk.ui().call(first::columns));

        // The screen turns upright: only the home page on screen lays its tiles out again.
        kiosk.ui().run(() -> ((javafx.scene.layout.Region) shell.root()).resize(1080, 1920));

        assertEquals(1, kiosk.ui().call(second::columns));
        assertEquals(2, kiosk.ui().call(first::columns), "the old home page still listens to the shell");
    }

    @Test
    void everyHomeTileOpensItsScreen() {
        press("tile-publicity");
        assertInstanceOf(PublicityScreen.class, shell.current());
        press("home-button");
        press("tile-queue");
        assertInstanceOf(ServiceGuideScreen.class, shell.current());
        press("home-button");
        press("tile-payments");
        assertInstanceOf(IdentifyScreen.class, shell.current());
        press("home-button");
        press("tile-help");
        assertInstanceOf(HelpScreen.class, shell.current());
        press("home-button");
        assertInstanceOf(HomeScreen.class, shell.current());
    }

    @Test
    void theNoticesListShowsEveryLiveNoticeUrgentFirstAndFullyOnScreen() {
        press("tile-publicity");
        var entries = kiosk.ui().call(() -> SceneWalker.find(shell.root(), Button.class,
                b -> b.getStyleClass().contains("content-entry")));
        assertEquals(2, entries.size());
        String first = kiosk.ui().call(() -> SceneWalker.allText(entries.get(0)));
        assertTrue(first.contains("【紧急】关于冬春季森林防火的紧急通知"), first);
        for (Button entry : entries) {
            assertTrue(kiosk.ui().call(() -> SceneWalker.fullyOnScreen(entry)), "entry below the fold");
            assertTrue(kiosk.ui().call(entry::getHeight) < 300, "an entry is as tall as its text");
        }
    }

    @Test
    void listsLeadToDetailsAndBackReturnsOneLevel() {
        press("tile-publicity");
        press("content-entry");
        assertInstanceOf(ArticleScreen.class, shell.current());
        press("back-button");
        assertInstanceOf(PublicityScreen.class, shell.current());
        press("home-button");
        press("tile-queue");
        press("service-entry");
        assertInstanceOf(ServiceDetailScreen.class, shell.current());
    }

    @Test
    void theCountdownShowsOnEveryPageAndReturnsHomeAtZero() {
        press("tile-publicity");
        advance(89);
        String homeText = kiosk.ui().call(() -> shell.header().homeButton().getText());
        assertTrue(homeText.contains("1 秒后返回首页"), homeText);
        assertInstanceOf(PublicityScreen.class, shell.current());
        advance(1);
        assertInstanceOf(HomeScreen.class, shell.current());
        assertFalse(kiosk.ui().call(() -> shell.header().homeButton().isVisible()));
    }

    @Test
    void theHomeButtonKeepsItsWidthAsTheCountdownLosesADigitInEitherTextSize() {
        for (boolean large : List.of(false, true)) {
            kiosk.ui().run(() -> shell.setLargeText(large));
            press("tile-publicity");
            touch();
            advance(80);
            kiosk.render();
            double atTen = kiosk.ui().call(() -> shell.header().homeButton().getWidth());
            String ten = kiosk.ui().call(() -> shell.header().homeButton().getText());
            advance(1);
            kiosk.render();
            double atNine = kiosk.ui().call(() -> shell.header().homeButton().getWidth());
            String nine = kiosk.ui().call(() -> shell.header().homeButton().getText());
            assertTrue(ten.contains("10 秒") && nine.contains("9 秒"), ten + " / " + nine);
            assertTrue(atTen > 0, "the button shows");
            assertEquals(atTen, atNine, 0.01, "the button does not shift under a finger (large text " + large + ")");
            press("home-button");
        }
    }

    @Test
    void aTouchRestartsTheCountdown() {
        press("tile-help");
        advance(80);
        touch();
        advance(80);
        assertInstanceOf(HelpScreen.class, shell.current());
        advance(10);
        assertInstanceOf(HomeScreen.class, shell.current());
    }

    @Test
    void idleReturnHomeWipesWhatTheVillagerTyped() {
        press("tile-payments");
        press("by-number");
        IdNumberEntryScreen entry = (IdNumberEntryScreen) shell.current();
        kiosk.ui().run(() -> entry.numberProperty().set("11010519491231002"));
        press("key-X");
        assertEquals("11010519491231002X", kiosk.ui().call(() -> entry.numberProperty().get()));
        assertTrue(kiosk.ui().call(() -> SceneWalker.allText(shell.root())).contains("11010519491231002X"));
        assertFalse(kiosk.ui().call(() -> shell.session().isEmpty()));

        advance(90);

        assertInstanceOf(HomeScreen.class, shell.current());
        assertTrue(kiosk.ui().call(() -> shell.session().isEmpty()));
        assertEquals("", kiosk.ui().call(() -> entry.numberProperty().get()));
        assertFalse(kiosk.ui().call(() -> SceneWalker.allText(shell.root())).contains("110105"));
    }

    @Test
    void theHomePageTurnsIntoTheBulletinBoardAndATouchLeavesIt() {
        advance(119);
        assertFalse(kiosk.ui().call(shell::isAttractShowing));
        advance(1);
        assertTrue(kiosk.ui().call(shell::isAttractShowing));
        int first = kiosk.ui().call(() -> shell.attract().currentIndex());
        kiosk.ui().run(() -> shell.attract().next());
        assertEquals(first + 1, kiosk.ui().call(() -> shell.attract().currentIndex()));
        kiosk.screenshot("attract-1920x1080");
        touch();
        assertFalse(kiosk.ui().call(shell::isAttractShowing));
        assertInstanceOf(HomeScreen.class, shell.current());
    }

    @Test
    void someoneApproachingLeavesTheBulletinBoardAndTheHelpButtonCallsStaffFromAnywhere() {
        advance(120);
        assertTrue(kiosk.ui().call(shell::isAttractShowing));

        kiosk.ui().run(shell::onPresence);
        assertFalse(kiosk.ui().call(shell::isAttractShowing), "the PIR sensor wakes the home page");
        assertInstanceOf(HomeScreen.class, shell.current());
        advance(119);
        assertFalse(kiosk.ui().call(shell::isAttractShowing), "and restarts the idle countdown");

        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        kiosk.ui().run(shell::onHelpButton);
        kiosk.settle();
        assertTrue(kiosk.ui().call(() -> SceneWalker.allText(shell.root())).contains("工作人员马上就来"));
        assertEquals(2, kiosk.ui().call(shell::depth), "the page stays under the panel");
        assertEquals(1, kiosk.app().helpDesk().open().size());
    }

    @Test
    void outsideDemoModeTheDemoPinOpensNothingAndThePadSaysNoPinIsSet() {
        kiosk.close();
        // As KioskMain configures a kiosk started without --demo whose config still has the demo PIN's hash.
        kiosk = new KioskFixture(dataDir.resolve("device"), 1920, 1080, Locale.SIMPLIFIED_CHINESE,
                org.xiangli.kiosk.ops.TechnicianPin::refuseDemoPin);
        shell = kiosk.shell();
        for (int i = 0; i < 5; i++) {
            kiosk.ui().run(() -> Event.fireEvent(shell.header().stationName(), new MouseEvent(
                    MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5, MouseButton.PRIMARY, 1, false, false, false, false, true,
                    false, false, false, false, false, null)));
        }
        TechnicianPinDialog dialog = kiosk.ui().call(shell::pinDialog);
        assertNotNull(dialog);
        assertEquals("未设置维护密码，请技术员用 kioskctl 设置", kiosk.ui().call(() -> dialog.feedback().getText()));

        for (char c : "246810".toCharArray()) {
            kiosk.ui().run(() -> dialog.keypad().press(String.valueOf(c)));
        }
        press("pin-ok");

        assertNotNull(kiosk.ui().call(shell::pinDialog), "the pad stays");
        assertEquals("未设置维护密码，请技术员用 kioskctl 设置", kiosk.ui().call(() -> dialog.feedback().getText()));
        assertFalse(kiosk.ui().call(shell::current) instanceof TechnicianMenuScreen);
    }

    @Test
    void aTechnicianLeavesWithTheHiddenGestureAndThePin() {
        for (int i = 0; i < 5; i++) {
            kiosk.ui().run(() -> Event.fireEvent(shell.header().stationName(), new MouseEvent(
                    MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5, MouseButton.PRIMARY, 1, false, false, false, false, true,
                    false, false, false, false, false, null)));
        }
        TechnicianPinDialog dialog = kiosk.ui().call(shell::pinDialog);
        assertNotNull(dialog);
        for (char c : "1111".toCharArray()) {
            kiosk.ui().run(() -> dialog.keypad().press(String.valueOf(c)));
        }
        press("pin-ok");
        assertEquals("密码错误，请重试", kiosk.ui().call(() -> dialog.feedback().getText()));
        assertEquals(0, kiosk.technicianExits());
        for (char c : "246810".toCharArray()) {
            kiosk.ui().run(() -> dialog.keypad().press(String.valueOf(c)));
        }
        press("pin-ok");
        assertNull(kiosk.ui().call(shell::pinDialog));
        assertInstanceOf(TechnicianMenuScreen.class, kiosk.ui().call(shell::current));
        assertEquals(0, kiosk.technicianExits(), "the PIN opens the technician menu; leaving is a second step");

        press("technician-exit");

        assertEquals(1, kiosk.technicianExits());
    }

    @Test
    void theTechnicianMenuShowsTheCurrentBundleAndWhyAnImportWasRefused() {
        ContentHistory.record(kiosk.app().database());
        kiosk.ui().run(() -> shell.open(shell.screens().technicianMenu()));

        press("technician-content-status");

        assertInstanceOf(org.xiangli.kiosk.content.screens.ContentStatusScreen.class, kiosk.ui().call(shell::current));
        List<String> texts = kiosk.ui().call(() -> SceneWalker.visibleNodes(shell.root()).stream()
                .filter(n -> n instanceof javafx.scene.control.Label).map(n -> ((javafx.scene.control.Label) n).getText())
                .toList());
        assertTrue(texts.contains("发布者 " + ContentHistory.PUBLISHER + "：第 7 号增量包，共 1 条内容，2026-11-23 09:30 导入"),
                texts.toString());
        assertTrue(texts.contains("2026-11-23 10:00  未采用，原有内容保持不变"), texts.toString());
        assertTrue(texts.contains("原因：签名不符，内容可能被改动"), texts.toString());
        assertTrue(texts.contains("county-7.xlb: the signature does not match the manifest"), texts.toString());
        assertTrue(texts.contains("原因：服务器太慢，下载已中断，下次同步时接着下载"), texts.toString());
    }

    @Test
    void largeTextAndLanguageCanBeSwitchedFromHelp() {
        press("tile-help");
        press("help-large-text");
        assertTrue(kiosk.ui().call(shell::isLargeText));
        assertTrue(kiosk.ui().call(() -> shell.root().getStyleClass().contains("large-text")));
        press("help-language");
        assertInstanceOf(HomeScreen.class, shell.current());
        assertTrue(kiosk.ui().call(() -> SceneWalker.allText(shell.root())).contains("Payments Lookup"));
    }
}
