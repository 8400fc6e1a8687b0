package org.xiangli.kiosk.shell;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.xiangli.kiosk.devices.KeyBurstDetector;

/**
 * The scanner fallback inside the scene: a scanner in HID keyboard mode that evdev could not grab types its code
 * into the kiosk like a very fast keyboard. This event filter hands each key to {@link KeyBurstDetector}; a burst
 * becomes one {@code onScan(code)} and its keys never reach a text field, while a person's typing is handed on
 * (held back at most one burst gap, then re-sent to where it was going).
 */
public final class KeyBurstFilter {

    private final KeyBurstDetector detector;
    private final Consumer<String> onScan;
    private final LongSupplier nanoClock;
    private final PauseTransition timer;
    private EventTarget heldTarget;
    private boolean replaying;
    private boolean swallowEnterRest;

    KeyBurstFilter(KeyBurstDetector detector, Consumer<String> onScan, LongSupplier nanoClock) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.onScan = Objects.requireNonNull(onScan, "onScan");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        // A little past the gap, so the tick finds the held characters overdue.
        this.timer = new PauseTransition(javafx.util.Duration.millis(detector.maxGap().toMillis() + 5.0));
        timer.setOnFinished(e -> tick());
    }

    /** Filters every key event of {@code scene}; scanned codes go to {@code onScan} on the UI thread. */
    public static KeyBurstFilter install(Scene scene, KeyBurstDetector.Settings settings, Consumer<String> onScan) {
        KeyBurstFilter filter = new KeyBurstFilter(new KeyBurstDetector(settings), onScan, System::nanoTime);
        scene.addEventFilter(KeyEvent.ANY, filter::filter);
        return filter;
    }

    void filter(KeyEvent event) {
        if (replaying) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            typed(event, now);
        } else if (event.getCode() == KeyCode.ENTER) {
            enter(event, now);
        } else if (!event.getCode().isModifierKey() && detector.inBurst(now)) {
            // The presses and releases around a burst's characters: a space must not press a focused button.
            event.consume();
        }
    }

    /** The timer's work, also called directly by tests: releases what can no longer be a burst. */
    void tick() {
        replay(detector.tick(nanoClock.getAsLong()), heldTarget);
        if (detector.holding()) {
            timer.playFromStart();
        }
    }

    private void typed(KeyEvent event, long now) {
        String ch = event.getCharacter();
        if (ch.equals("\r") || ch.equals("\n")) {
            // Enter's own typed event: Enter was decided on its key press.
            if (swallowEnterRest) {
                event.consume();
            }
            return;
        }
        if (ch.length() != 1 || ch.equals(KeyEvent.CHAR_UNDEFINED)) {
            replay(detector.interrupt(), heldTarget);
            return;
        }
        KeyBurstDetector.Decision decision = detector.typed(ch.charAt(0), now);
        apply(decision, event);
        if (decision.consume()) {
            heldTarget = event.getTarget();
            timer.playFromStart();
        }
    }

    private void enter(KeyEvent event, long now) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            KeyBurstDetector.Decision decision = detector.enter(now);
            swallowEnterRest = decision.scanned() != null;
            apply(decision, event);
        } else if (event.getEventType() == KeyEvent.KEY_RELEASED && swallowEnterRest) {
            swallowEnterRest = false;
            event.consume();
        }
    }

    private void apply(KeyBurstDetector.Decision decision, KeyEvent event) {
        replay(decision.release(), heldTarget != null ? heldTarget : event.getTarget());
        if (decision.consume()) {
            event.consume();
        }
        if (decision.scanned() != null) {
            timer.stop();
            onScan.accept(decision.scanned());
        }
    }

    /** Re-sends held characters as the typed events they were, to where they were going; this filter lets them by. */
    private void replay(String characters, EventTarget target) {
        if (characters.isEmpty() || target == null) {
            return;
        }
        replaying = true;
        try {
            for (int i = 0; i < characters.length(); i++) {
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(characters.charAt(i)), "",
                        KeyCode.UNDEFINED, false, false, false, false));
            }
        } finally {
            replaying = false;
        }
    }
}
