package org.xiangli.kiosk.staff.web;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.gpio.GpioBoard;
import org.xiangli.hal.gpio.GpioPins;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.CallButtons;
import org.xiangli.kiosk.queue.MutableClock;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.work.Workers;

/**
 * A window's call button end to end: a press on Pi4J's mock pin → the call recorded in the store → the call event
 * on a connected display (SSE on loopback).
 */
class CallButtonTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    StaffServerFixture f;
    /** The debounce's clock: the test moves it past the debounce time instead of waiting. */
    final MutableClock buttonClock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    final Workers workers = new Workers();
    GpioBoard board;
    CallButtons buttons;
    HttpClient http;
    DisplayListener display;

    @BeforeEach
    void start(@TempDir Path dir) throws InterruptedException {
        f = new StaffServerFixture(dir);
        board = GpioBoard.simulated(new GpioPins(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Map.of(1, 17, 2, 27), OptionalInt.empty(), Duration.ofMillis(50)), buttonClock);
        buttons = new CallButtons(f.queue.queue, board.panel(), workers.inOrder("call-buttons"));
        http = HttpClient.newHttpClient();
        display = new DisplayListener(http, f.url("/display/events"));
        display.awaitConnected();
    }

    @AfterEach
    void stop() {
        display.close();
        http.close();
        buttons.close();
        workers.close();
        board.close();
        f.close();
    }

    @Test
    void givenWaitingTickets_whenAWindowsButtonIsPressed_thenTheNextIsCalledThereAndShownOnTheDisplay()
            throws Exception {
        Ticket first = f.queue.take('A');
        Ticket second = f.queue.take('B');

        board.pressCallButton(1);
        workers.awaitIdle(PATIENCE);
        assertEquals(first.id(), f.queue.queue.window(1).current().orElseThrow().id(), "window 1 calls " + first);
        assertTrue(display.awaitCalls(1, PATIENCE), "the display shows the call");
        board.pressCallButton(2);
        workers.awaitIdle(PATIENCE);
        assertEquals(second.id(), f.queue.queue.window(2).current().orElseThrow().id(), "window 2 calls " + second);
        assertTrue(display.awaitCalls(2, PATIENCE), "the display shows both calls");

        List<Call> recorded = f.queue.queue.recentCalls(5);
        assertEquals(List.of(first.label(), second.label()), recorded.stream().map(Call::ticket).toList());
        assertEquals(List.of(1, 2), recorded.stream().map(Call::window).toList());
        assertEquals(recorded.stream().map(Call::id).toList(),
                display.calls().stream().map(DisplayListener.Received::callId).toList(), "in order");
    }

    @Test
    void givenAPausedWindow_whenItsButtonIsPressed_thenNothingIsCalledAndTheButtonStillWorksAfterResuming()
            throws Exception {
        Ticket waiting = f.queue.take('A');
        f.queue.queue.pause(1, true);

        board.pressCallButton(1);
        workers.awaitIdle(PATIENCE);
        assertTrue(f.queue.queue.window(1).current().isEmpty(), "the paused window called nobody");
        board.pressCallButton(2);
        workers.awaitIdle(PATIENCE);
        assertEquals(waiting.id(), f.queue.queue.window(2).current().orElseThrow().id(), "the ticket was still there");

        Ticket next = f.queue.take('A');
        f.queue.queue.pause(1, false);
        buttonClock.advance(Duration.ofMillis(100)); // past the 50 ms debounce of window 1's earlier press
        board.pressCallButton(1);
        workers.awaitIdle(PATIENCE);
        assertEquals(next.id(), f.queue.queue.window(1).current().orElseThrow().id(), "window 1 calls after resuming");
    }
}
