package org.xiangli.kiosk.shell;

import org.junit.jupiter.api.extension.ExtendWith;
import org.xiangli.kiosk.ui.CjkFonts;

import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.FxToolkit;
import org.xiangli.kiosk.ui.FxUi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.screens.CallDisplayScreen;
import org.xiangli.kiosk.queue.QueueFixture;

/**
 * The second HDMI screen's call display, rendered headless: it follows the queue's calls, and its text is large and
 * whole at TV sizes. Screenshots in target/screenshots.
 */
@ExtendWith(FxToolkit.class)
class CallScreenTest {

    @TempDir
    Path dir;
    QueueFixture q;
    CallBoard board;
    final AtomicReference<CallBoard.State> shown = new AtomicReference<>();
    final FxUi ui = new FxUi();

    @BeforeEach
    void start() {
        q = new QueueFixture(dir);
        board = new CallBoard(q.queue).start();
        board.watch((state, call) -> shown.set(state));
    }

    @AfterEach
    void stop() {
        board.close();
        q.close();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800", "1080, 1920"})
    void theCallScreenShowsEachWindowsTicketAndTheLatestCallLargeAndWhole(int width, int height) throws Exception {
        for (int i = 0; i < 7; i++) {
            q.take(i % 2 == 0 ? 'A' : 'B');
        }
        for (int i = 0; i < 6; i++) {
            q.queue.callNext(1 + i % 2);
        }
        // The last call is a priority ticket's (it goes ahead of the one still waiting): it says 绿色通道 too.
        org.xiangli.kiosk.queue.Ticket priority = q.take('A');
        q.queue.setPriority(priority.id(), org.xiangli.kiosk.queue.PriorityReason.ELDERLY);
        q.queue.callNext(2);
        String lastTicket = q.queue.recentCalls(1).getFirst().ticket();

        Scene scene = ui.call(() -> {
            CallDisplayScreen view = new CallDisplayScreen(new Messages(Locale.SIMPLIFIED_CHINESE), "青石村综合服务站",
                    CjkFonts.requireFamily());
            view.show(shown.get());
            // Two errands done and waiting: the pickup call, as the web display and the kiosk's banner say it.
            view.showPickupCalls(List.of("张*三", "李*芳"));
            return new Scene(view.root(), width, height);
        });
        Snapshots.writePng(ui.call(() -> Snapshots.render(scene)),
                Path.of("target", "screenshots", "call-screen-" + width + "x" + height + ".png"));

        assertEquals(priority.label(), lastTicket);
        assertEquals("请 " + lastTicket + " 号到 2 号窗口办理 · 绿色通道",
                ui.call(() -> ((Label) scene.lookup("#call-screen-latest")).getText()));
        assertEquals(lastTicket, ui.call(() -> ((Label) scene.lookup("#call-screen-window-2")).getText()));
        assertEquals("请 张*三、李*芳 来领取办好的材料",
                ui.call(() -> ((Label) scene.lookup("#call-screen-pickup")).getText()));
        assertEquals(CallBoard.RECENT, shown.get().recent().size());
        List<String> problems = ui.call(() -> {
            List<String> out = new ArrayList<>();
            for (Node node : SceneWalker.visibleNodes(scene.getRoot())) {
                if (node instanceof Labeled l && !l.getText().isBlank()) {
                    SceneWalker.truncation(l).ifPresent(t -> out.add("cut off: " + t));
                    if (l.getFont().getSize() < 24) {
                        out.add("too small: " + l.getText());
                    }
                    if (!SceneWalker.fullyOnScreen(l)) {
                        out.add("off screen: " + l.getText());
                    }
                }
            }
            return out;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @org.junit.jupiter.api.Test
    void givenNoErrandWaiting_whenThePickupCallsAreShown_thenTheLineIsGoneAndTakesNoRoom() {
        Label pickup = ui.call(() -> {
            CallDisplayScreen view = new CallDisplayScreen(new Messages(Locale.SIMPLIFIED_CHINESE), "青石村综合服务站",
                    CjkFonts.requireFamily());
            view.showPickupCalls(List.of("张*三"));
            view.showPickupCalls(List.of());
            return (Label) view.root().lookup("#call-screen-pickup");
        });

        assertTrue(ui.call(() -> !pickup.isVisible() && !pickup.isManaged() && pickup.getText().isEmpty()));
    }
}
