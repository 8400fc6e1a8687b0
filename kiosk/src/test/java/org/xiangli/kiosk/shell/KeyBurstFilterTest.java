package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.ui.FxUi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.devices.KeyBurstDetector;

/** The scene filter with real JavaFX key events on a text field; time comes from a synthetic clock. */
class KeyBurstFilterTest {

    private static final long MS = 1_000_000L;
    private final FxUi ui = new FxUi();
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final List<String> scans = new CopyOnWriteArrayList<>();
    private final AtomicInteger actions = new AtomicInteger();
    private TextField field;
    private Button button;
    private KeyBurstFilter filter;

    @BeforeEach
    void scene() {
        FxUi.startToolkit();
        ui.run(() -> {
            field = new TextField();
            field.setOnAction(e -> actions.incrementAndGet());
            button = new Button("OK");
            button.setOnAction(e -> actions.incrementAndGet());
            Scene scene = new Scene(new VBox(field, button), 400, 200);
            filter = new KeyBurstFilter(new KeyBurstDetector(KeyBurstDetector.Settings.DEFAULT), scans::add,
                    now::get);
            scene.addEventFilter(KeyEvent.ANY, filter::filter);
            Snapshots.render(scene);
        });
    }

    @Test
    void aScannerBurstIsOneScanAndLeavesTheFieldEmpty() {
        ui.run(() -> {
            typeAll(field, "XLBILL:1:DEMO-001:DEMO001-0-1", 4);
            enter(field);
        });

        assertEquals(List.of("XLBILL:1:DEMO-001:DEMO001-0-1"), scans);
        assertEquals("", ui.call(field::getText));
        assertEquals(0, actions.get(), "the scanner's Enter did not fire the field's action");
    }

    @Test
    void slowTypingLandsInTheFieldAndItsEnterActs() {
        ui.run(() -> {
            typeAll(field, "hello 12", 180);
            now.addAndGet(180 * MS);
            filter.tick();
            enter(field);
        });

        assertEquals("hello 12", ui.call(field::getText));
        assertEquals(1, actions.get());
        assertTrue(scans.isEmpty());
    }

    @Test
    void aSpaceInsideABurstDoesNotPressTheFocusedButton() {
        ui.run(() -> {
            typeAll(button, "CODE 123456", 3);
            enter(button);
        });

        assertEquals(List.of("CODE 123456"), scans);
        assertEquals(0, actions.get());
        ui.run(() -> {
            now.addAndGet(500 * MS);
            Event.fireEvent(button, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.SPACE,
                    false, false, false, false));
            Event.fireEvent(button, new KeyEvent(KeyEvent.KEY_TYPED, " ", "", KeyCode.UNDEFINED, false, false,
                    false, false));
            now.addAndGet(90 * MS);   // a finger holds a key far longer than a burst's gap; the timer ran meanwhile
            filter.tick();
            Event.fireEvent(button, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.SPACE,
                    false, false, false, false));
        });
        assertEquals(1, actions.get(), "a person's space still presses it");
    }

    @Test
    void theTimerReleasesALoneTypedCharacterWithoutAnotherKey() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        ui.run(() -> {
            field.textProperty().addListener((o, before, after) -> {
                if ("a".equals(after)) {
                    released.countDown();
                }
            });
            type(field, 'a');
            // The synthetic clock is past the burst gap already when the filter's real timer fires.
            now.addAndGet(50 * MS);
        });

        assertTrue(released.await(10, TimeUnit.SECONDS), "the held character was never released");
    }

    private void typeAll(javafx.scene.Node target, String text, long gapMillis) {
        for (char c : text.toCharArray()) {
            type(target, c);
            now.addAndGet(gapMillis * MS);
        }
    }

    private static void type(javafx.scene.Node target, char c) {
        KeyCode code = c == ' ' ? KeyCode.SPACE : Character.isDigit(c) ? KeyCode.getKeyCode(String.valueOf(c))
                : Character.isLetter(c) && c < 128 ? KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)))
                : KeyCode.UNDEFINED;
        if (code == null) {
            code = KeyCode.UNDEFINED;
        }
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false,
                false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false,
                false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false,
                false, false));
    }

    private static void enter(javafx.scene.Node target) {
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ENTER,
                false, false, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false,
                false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ENTER,
                false, false, false, false));
    }
}
