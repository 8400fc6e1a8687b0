package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdleCountdownTest {

    @Test
    void belowHomeItCountsDownToReturnHome() {
        IdleCountdown idle = new IdleCountdown(Duration.ofSeconds(90), Duration.ofSeconds(120));
        idle.pageShown(false);
        assertEquals(IdleCountdown.Outcome.NOTHING, idle.advance(Duration.ofMillis(89_500)));
        assertEquals(1, idle.secondsLeft());
        assertEquals(IdleCountdown.Outcome.RETURN_HOME, idle.advance(Duration.ofMillis(500)));
        assertEquals(0, idle.secondsLeft());
    }

    @Test
    void onHomeItStartsTheAttractLoopOnce() {
        IdleCountdown idle = new IdleCountdown(Duration.ofSeconds(90), Duration.ofSeconds(120));
        idle.pageShown(true);
        assertEquals(IdleCountdown.Outcome.NOTHING, idle.advance(Duration.ofSeconds(119)));
        assertEquals(IdleCountdown.Outcome.START_ATTRACT, idle.advance(Duration.ofSeconds(1)));
        assertEquals(IdleCountdown.Outcome.NOTHING, idle.advance(Duration.ofSeconds(500)));
        idle.touched();
        assertEquals(IdleCountdown.Outcome.START_ATTRACT, idle.advance(Duration.ofSeconds(120)));
    }

    @Test
    void fiveQuickTapsOpenTheTechnicianPadButSlowOnesDoNot() {
        TechnicianGesture gesture = new TechnicianGesture();
        Instant t = Instant.parse("2026-11-23T02:00:00Z");
        for (int i = 0; i < 4; i++) {
            assertFalse(gesture.tap(t.plusSeconds(i)));
        }
        assertFalse(gesture.tap(t.plusSeconds(5)), "taps spread over 5 s are not the gesture");
        for (int i = 0; i < 4; i++) {
            assertFalse(gesture.tap(t.plusSeconds(10).plusMillis(i * 300)));
        }
        assertTrue(gesture.tap(t.plusSeconds(11)));
    }
}
