package org.xiangli.kiosk.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.QueueException;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.testing.Await;

/**
 * The kiosk's second HDMI screen and the {@code /display} pages show one call board: after a burst of calls,
 * recalls, holds and transfers from two windows at once, with displays connecting, dropping and reconnecting
 * meanwhile and a window added at the end, every display shows exactly what the HDMI screen shows, and that is
 * what the store says.
 */
class CallDisplaysAgreeTest {

    @TempDir
    Path dir;
    QueueFixture q;
    CallBoard board;
    DisplayFeed feed;
    /** The state the HDMI screen was last given, as KioskMain hands it to CallDisplayScreen. */
    final AtomicReference<CallBoard.State> hdmi = new AtomicReference<>();

    @BeforeEach
    void start() {
        q = new QueueFixture(dir);
        board = new CallBoard(q.queue).start();
        board.watch((state, call) -> hdmi.set(state));
        feed = new DisplayFeed(board, q.queue);
    }

    @AfterEach
    void stop() {
        feed.close();
        board.close();
        q.close();
    }

    @Test
    void afterABurstOfCallsRecallsAndTransfers_theHdmiScreenAndEveryDisplayShowTheSameBoard() throws Exception {
        for (int i = 0; i < 24; i++) {
            q.take(i % 3 == 0 ? 'B' : 'A');
        }
        q.queue.callNext(1);
        DisplayPage early = new DisplayPage(Integer.MAX_VALUE);
        DisplayPage dropping = new DisplayPage(4);
        feed.subscribe(early, Optional.empty());
        feed.subscribe(dropping, Optional.empty());
        until("both displays to show the board", () -> early.lastId() > 0 && dropping.lastId() > 0);

        ExecutorService windows = Executors.newFixedThreadPool(2);
        DisplayPage late = new DisplayPage(Integer.MAX_VALUE);
        try {
            List<Future<?>> burst = List.of(windows.submit(() -> work(1, 'B')), windows.submit(() -> work(2, 'A')));
            until("a display to drop", () -> dropping.dropped()
                    || burst.stream().allMatch(Future::isDone) && early.lastId() == board.state().lastCallId());
            assertTrue(dropping.dropped(), "the burst made too few calls for a display to drop: " + early.callIds);
            // As a browser does: it reconnects with the id of the last event it received.
            feed.subscribe(dropping, Optional.of(dropping.lastId()));
            feed.subscribe(late, Optional.empty());
            for (Future<?> f : burst) {
                f.get();
            }
        } finally {
            windows.shutdown();
        }
        // An admin opens window 3: the board and every display gain it, then it calls.
        q.guide.replaceAll(List.of(QueueFixture.service('A', "社保医保", List.of(1, 2)),
                QueueFixture.service('B', "民政救助", List.of(2)), QueueFixture.service('C', "便民缴费", List.of(3))));
        q.queue.servicesChanged();
        q.take('C');
        q.queue.callNext(3);

        CallBoard.State shown = hdmi.get();
        for (DisplayPage page : List.of(early, dropping, late)) {
            until("the display to catch up", () -> page.lastId() == shown.lastCallId());
            assertEquals(shown.windows(), page.windows());
            assertEquals(describe(shown.recent()), page.recent());
            assertTrue(page.callsInOrder(), "no call twice or out of order: " + page.callIds);
        }
        assertEquals(List.of(1, 2, 3), List.copyOf(shown.windows().keySet()));
        try (CallBoard fromStore = new CallBoard(q.queue).start()) {
            // Compared as displayed: the store joins a call to its ticket's service now, after any transfer.
            assertEquals(fromStore.state().windows(), shown.windows());
            assertEquals(describe(fromStore.state().recent()), describe(shown.recent()),
                    "the board kept from events is the board the store gives");
        }
    }

    /** One window's staff: call, and now and then recall, hold and resume, or send the ticket to another service. */
    private void work(int window, char transferTo) {
        for (int i = 0; i < 12; i++) {
            try {
                Optional<Call> call = q.queue.callNext(window);
                if (call.isEmpty()) {
                    return;
                }
                switch (i % 4) {
                    case 1 -> q.queue.recall(window);
                    case 2 -> {
                        Ticket held = q.queue.hold(window);
                        q.queue.resume(held.id(), window);
                    }
                    case 3 -> q.queue.transfer(q.queue.window(window).current().orElseThrow().id(), transferTo);
                    default -> {
                    }
                }
            } catch (QueueException e) {
                // The other window took the ticket first; the next turn calls again.
            }
        }
    }

    private static List<String> describe(List<Call> calls) {
        return calls.stream().map(c -> c.id() + ":" + c.ticket() + "@" + c.window()).toList();
    }

    /** The conditions span several displays' sender threads and the windows' futures: no one event says so. */
    private static void until(String what, BooleanSupplier condition) {
        Await.until(what, Duration.ofSeconds(30), condition);
    }

    /**
     * A {@code /display} page: reads the events as display.html's script does (a state replaces the board, a call
     * newer than the last id updates its window and the last five). Goes away once after {@code dropAfter} calls.
     */
    static final class DisplayPage implements DisplayFeed.Sink {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final Map<Integer, String> windows = new TreeMap<>();
        private final List<JsonNode> recent = new ArrayList<>();
        final List<Long> callIds = new ArrayList<>();
        private final int dropAfter;
        private long lastId;
        private boolean dropped;

        DisplayPage(int dropAfter) {
            this.dropAfter = dropAfter;
        }

        @Override
        public synchronized boolean send(String event, String data, long id) {
            if (!dropped && callIds.size() == dropAfter) {
                dropped = true;
                return false;
            }
            JsonNode json = read(data);
            if (event.equals("state")) {
                windows.clear();
                json.get("windows").forEach(w -> windows.put(w.get("window").asInt(), w.get("ticket").asText()));
                recent.clear();
                json.get("recent").forEach(recent::add);
                lastId = id;
            } else if (event.equals("call")) {
                callIds.add(json.get("id").asLong());
                if (json.get("id").asLong() > lastId) {
                    lastId = json.get("id").asLong();
                    windows.put(json.get("window").asInt(), json.get("ticket").asText());
                    recent.add(json);
                    while (recent.size() > 5) {
                        recent.removeFirst();
                    }
                }
            }
            return true;
        }

        @Override
        public boolean ping() {
            return true;
        }

        synchronized boolean dropped() {
            return dropped;
        }

        synchronized long lastId() {
            return lastId;
        }

        synchronized Map<Integer, String> windows() {
            return new TreeMap<>(windows);
        }

        synchronized List<String> recent() {
            return recent.stream().map(c -> c.get("id").asLong() + ":" + c.get("ticket").asText() + "@"
                    + c.get("window").asInt()).toList();
        }

        synchronized boolean callsInOrder() {
            for (int i = 1; i < callIds.size(); i++) {
                if (callIds.get(i) <= callIds.get(i - 1)) {
                    return false;
                }
            }
            return true;
        }

        private static JsonNode read(String data) {
            try {
                return JSON.readTree(data);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + data, e);
            }
        }
    }
}
