package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.staff.HelpCall;

/** 呼叫工作人员 on the kiosk: on every page, recorded with kiosk, page and time; the villager is told staff come. */
class HelpCallTest {

    @TempDir
    Path dataDir;

    private KioskFixture kiosk;
    private KioskShell shell;

    @BeforeEach
    void start() {
        kiosk = new KioskFixture(dataDir, 1280, 800, Locale.SIMPLIFIED_CHINESE);
        shell = kiosk.shell();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private void pressCallStaff() {
        kiosk.ui().run(() -> SceneWalker.first(shell.root(), Button.class,
                b -> b.getStyleClass().contains("call-staff")).fire());
        kiosk.settle();
    }

    @Test
    void theHeadersButtonRecordsKioskPageAndTimeAndSaysStaffAreComing() {
        kiosk.ui().run(() -> shell.open(shell.screens().queue().serviceDetail(kiosk.services().getFirst())));

        pressCallStaff();

        List<HelpCall> open = kiosk.app().helpDesk().open();
        assertEquals(1, open.size());
        HelpCall call = open.getFirst();
        assertEquals("DEMO-001", call.station());
        assertEquals("A 社保医保", call.page());
        assertEquals(KioskFixture.NOW, call.calledAt());
        assertEquals(HelpCall.Source.SCREEN, call.source());
        String screen = kiosk.ui().call(() -> SceneWalker.allText(shell.root()));
        assertTrue(screen.contains("工作人员马上就来") && screen.contains("60 秒后关闭"), screen);
        kiosk.screenshot("help-call-1280x800");
    }

    @Test
    void thePanelCountsDownAndGoesByItselfOrWithOk() {
        pressCallStaff();
        assertNotNull(kiosk.ui().call(shell::helpCallPanel));
        assertEquals("首页", kiosk.app().helpDesk().open().getFirst().page());

        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(HelpCallPanel.SECONDS - 1)));
        assertTrue(kiosk.ui().call(() -> SceneWalker.allText(shell.root())).contains("1 秒后关闭"));
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(1)));
        assertNull(kiosk.ui().call(shell::helpCallPanel));

        pressCallStaff();
        kiosk.ui().run(() -> SceneWalker.first(shell.root(), Button.class,
                b -> b.getStyleClass().contains("help-call-close")).fire());
        assertNull(kiosk.ui().call(shell::helpCallPanel));
        assertEquals(1, kiosk.app().helpDesk().open().size(), "the second press within minutes is the same call");
    }

    @Test
    void theButtonBesideTheScreenCallsStaffToo() {
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));

        kiosk.ui().run(shell::onHelpButton);
        kiosk.settle();

        HelpCall call = kiosk.app().helpDesk().open().getFirst();
        assertEquals(HelpCall.Source.BUTTON, call.source());
        assertEquals("缴费查询", call.page());
        assertFalse(kiosk.ui().call(shell::isAttractShowing));
    }
}
