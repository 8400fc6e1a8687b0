package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.errands.ErrandView;
import org.xiangli.kiosk.ui.DigitsEntryScreen;
import org.xiangli.kiosk.ui.ScreenReader;

/**
 * 办件进度 by typed ID number and the receipt's check code (the path a scenario cannot script: the code is random),
 * and the session wipe: a wrong code says how many tries are left, the right one shows the errand, home forgets it.
 */
class ErrandScreensTest {

    @TempDir
    Path dir;
    KioskFixture kiosk;
    KioskShell shell;

    @BeforeEach
    void start() {
        kiosk = new KioskFixture(dir, 1280, 800, Locale.SIMPLIFIED_CHINESE);
        shell = kiosk.shell();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void aTypedNumberAndTheReceiptsCheckCodeShowTheErrand() {
        String id = DemoIdentities.ZHANG_XIAOMEI.idNumber().value();
        ErrandView view = kiosk.app().errands().orElseThrow().register(id, "张小梅", "医保转移", kiosk.app()
                .errands().orElseThrow().today().plusDays(10), "", "clerk");
        String code = view.errand().checkCode();
        String wrong = code.equals("0000") ? "1111" : "0000";
        kiosk.ui().run(() -> shell.open(shell.screens().errands().lookup()));
        tap("输入身份证号和查询码");
        DigitsEntryScreen number = assertInstanceOf(DigitsEntryScreen.class, kiosk.ui().call(shell::current));
        kiosk.ui().run(() -> number.textProperty().set(id));
        tap("下一步");
        DigitsEntryScreen check = assertInstanceOf(DigitsEntryScreen.class, kiosk.ui().call(shell::current));

        kiosk.ui().run(() -> check.textProperty().set(wrong));
        tap("查询");
        kiosk.settle();
        assertTrue(texts().contains("查询码不对，还可以试 2 次"), texts().toString());

        kiosk.ui().run(() -> check.textProperty().set(code));
        tap("查询");
        kiosk.settle();
        List<String> shown = texts();
        assertTrue(shown.contains("医保转移") && shown.contains("张*梅") && shown.contains("已受理"), shown.toString());
        assertFalse(shown.stream().anyMatch(t -> t.contains("张小梅") || t.contains(id)), shown.toString());
        kiosk.screenshot("errand-results");

        kiosk.ui().run(shell::goHome);
        assertFalse(kiosk.ui().call(() -> number.textProperty().get()).contains(id.substring(0, 6)),
                "the typed number is wiped on the way home");
    }

    private void tap(String text) {
        kiosk.ui().run(() -> {
            shell.root().applyCss();
            shell.root().layout();
            ScreenReader.textNodes(shell.root()).stream()
                    .filter(n -> ScreenReader.textOf(n).orElseThrow().strip().equals(text))
                    .flatMap(n -> ScreenReader.tapTarget(n).stream())
                    .filter(javafx.scene.control.ButtonBase.class::isInstance)
                    .map(javafx.scene.control.ButtonBase.class::cast)
                    .findFirst().orElseThrow(() -> new AssertionError("no button " + text)).fire();
        });
    }

    private List<String> texts() {
        return kiosk.ui().call(() -> {
            shell.root().applyCss();
            shell.root().layout();
            return ScreenReader.texts(shell.root());
        });
    }
}
