package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one call board: read back from the store, kept from the queue's calls, told to its watchers in order. */
class CallBoardTest {

    QueueFixture q;
    CallBoard board;
    final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start(@TempDir Path dir) {
        q = new QueueFixture(dir);
    }

    @AfterEach
    void stop() {
        board.close();
        q.close();
    }

    @Test
    void givenCallsMadeBeforeTheKioskStarted_whenTheBoardStarts_thenItShowsThemAndAWatcherGetsThatBoardFirst() {
        for (int i = 0; i < 7; i++) {
            q.take('A');
        }
        for (int i = 0; i < 7; i++) {
            q.queue.callNext(1 + i % 2);
        }

        board = new CallBoard(q.queue).start();
        board.watch((state, call) -> seen.add(state.lastCallId() + call.map(c -> " call " + c.ticket()).orElse("")));

        CallBoard.State state = board.state();
        assertEquals(Map.of(1, "A007", 2, "A006"), state.windows());
        assertEquals(CallBoard.RECENT, state.recent().size());
        assertEquals("A007", state.recent().getLast().ticket());
        assertEquals(List.of(String.valueOf(state.lastCallId())), seen);
    }

    @Test
    void eachCallAndRecallReachesTheWatcherWithTheBoardThatHoldsIt() {
        board = new CallBoard(q.queue).start();
        List<CallBoard.State> states = new ArrayList<>();
        List<Optional<Call>> calls = new ArrayList<>();
        board.watch((state, call) -> {
            states.add(state);
            calls.add(call);
        });
        q.take('A');
        q.take('B');

        Call first = q.queue.callNext(1).orElseThrow();
        Call recall = q.queue.recall(1);
        Call second = q.queue.callNext(2).orElseThrow();

        assertEquals(List.of(Optional.empty(), Optional.of(first), Optional.of(recall), Optional.of(second)), calls);
        assertEquals(Map.of(1, "", 2, ""), states.getFirst().windows());
        assertEquals(Map.of(1, "A001", 2, "B001"), states.getLast().windows());
        assertEquals(List.of(first, recall, second), states.getLast().recent());
        assertTrue(recall.recall());
    }

    @Test
    void aWindowAnAdminTakesAwayLeavesTheBoardAndTheWatcherHears() {
        board = new CallBoard(q.queue).start();
        board.watch((state, call) -> seen.add(state.windows().keySet().toString()));

        q.guide.replaceAll(List.of(QueueFixture.service('A', "社保医保", List.of(1))));
        q.queue.servicesChanged();
        q.take('A');

        assertEquals(List.of("[1, 2]", "[1]"), seen, "a ticket taken changes no window");
    }
}
