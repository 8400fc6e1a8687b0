package org.xiangli.kiosk.staff.web;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.gpio.GpioBoard;
import org.xiangli.hal.gpio.GpioPins;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.CallButtons;
import org.xiangli.kiosk.queue.Ticket;

/**
 * A window's call button end to end: a press on Pi4J's mock pin → the call recorded in the store → the call event
 * on a connected display (SSE on loopback).
 */
class CallButtonTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    StaffServerFixture f;
    GpioBoard board;
    CallButtons buttons;
    HttpClient http;
    DisplayListener display;

    @BeforeEach
    void start(@TempDir Path dir) throws InterruptedException {
        f = new StaffServerFixture(dir);
        // Debounce is timed on the system clock here: presses in the test are seconds apart.
        board = GpioBoard.simulated(new GpioPins(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Map.of(1, 17, 2, 27), OptionalInt.empty(), Duration.ofMillis(50)), Clock.systemUTC());
        buttons = new CallButtons(f.queue.queue, board.panel());
        http = HttpClient.newHttpClient();
        display = new DisplayListener(http, f.url("/display/events"));
        display.awaitConnected();
    }

    @AfterEach
    void stop() {
        display.close();
        http.close();
        buttons.close();
        board.close();
        f.close();
    }

    @Test
    void givenWaitingTickets_whenAWindowsButtonIsPressed_thenTheNextIsCalledThereAndShownOnTheDisplay() {
        Ticket first = f.queue.take('A');
        Ticket second = f.queue.take('B');

        board.pressCallButton(1);
        awaitTrue("window 1 calls " + first.label(), () -> f.queue.queue.window(1).current()
                .filter(t -> t.id() == first.id()).isPresent());
        awaitTrue("the display shows the call", () -> display.calls().size() == 1);
        board.pressCallButton(2);
        awaitTrue("window 2 calls " + second.label(), () -> f.queue.queue.window(2).current()
                .filter(t -> t.id() == second.id()).isPresent());
        awaitTrue("the display shows both calls", () -> display.calls().size() == 2);

        List<Call> recorded = f.queue.queue.recentCalls(5);
        assertEquals(List.of(first.label(), second.label()), recorded.stream().map(Call::ticket).toList());
        assertEquals(List.of(1, 2), recorded.stream().map(Call::window).toList());
        assertEquals(recorded.stream().map(Call::id).toList(),
                display.calls().stream().map(DisplayListener.Received::callId).toList(), "in order");
    }

    @Test
    void givenAPausedWindow_whenItsButtonIsPressed_thenNothingIsCalledAndTheButtonStillWorksAfterResuming()
            throws InterruptedException {
        Ticket waiting = f.queue.take('A');
        f.queue.queue.pause(1, true);

        board.pressCallButton(1);
        // A paused press leaves no trace to wait for: window 2's later press, on the same thread, shows it was
        // handled, and that the ticket was still there to call.
        board.pressCallButton(2);
        awaitTrue("window 2 calls", () -> f.queue.queue.window(2).current().isPresent());
        assertTrue(f.queue.queue.window(1).current().isEmpty(), "the paused window called nobody");
        assertEquals(waiting.id(), f.queue.queue.window(2).current().orElseThrow().id());

        Ticket next = f.queue.take('A');
        f.queue.queue.pause(1, false);
        Thread.sleep(100); // past the 50 ms debounce of window 1's earlier press
        board.pressCallButton(1);
        awaitTrue("window 1 calls after resuming", () -> f.queue.queue.window(1).current()
                .filter(t -> t.id() == next.id()).isPresent());
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
