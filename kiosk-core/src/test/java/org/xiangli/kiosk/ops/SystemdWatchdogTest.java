package org.xiangli.kiosk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class SystemdWatchdogTest {

    /** A UI thread the test drives: work waits in the queue until the test lets it run. */
    private final Queue<Runnable> uiQueue = new ArrayDeque<>();
    private final Executor uiThread = uiQueue::add;
    private final List<String> sent = new ArrayList<>();
    private final SystemdWatchdog watchdog = new SystemdWatchdog(sent::add, uiThread, Duration.ofSeconds(30));

    @Test
    void givenALiveUiThread_whenTicks_thenEveryTickPings() {
        for (int i = 0; i < 3; i++) {
            watchdog.tick();
            runUi();
        }

        assertEquals(List.of("WATCHDOG=1", "WATCHDOG=1", "WATCHDOG=1"), sent);
    }

    @Test
    void givenAHungUiThread_whenTicks_thenPingsStopUntilItRecovers() {
        watchdog.tick();
        runUi();
        watchdog.tick();
        // The UI thread hangs: the probe handed over on the last tick never runs.
        watchdog.tick();
        watchdog.tick();
        assertEquals(2, sent.size(), "no ping while the UI thread is stuck");

        runUi();
        watchdog.tick();
        assertEquals(3, sent.size(), "pings resume once the UI thread runs again");
    }

    @Test
    void withoutANotifySocket_thereIsNoWatchdog_andWatchdogUsecSetsHalfTheInterval() {
        assertTrue(SystemdWatchdog.fromEnvironment(Map.of(), uiThread).isEmpty());
        assertTrue(SystemdWatchdog.fromEnvironment(Map.of("NOTIFY_SOCKET", "/run/systemd/notify",
                "WATCHDOG_USEC", "60000000"), uiThread).isPresent());
    }

    private void runUi() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }
}
