package org.xiangli.kiosk.staff.web;


import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.QueueFixture;

/** How a (re)connecting display is brought up to date. */
class DisplayFeedTest {

    QueueFixture q;
    CallBoard board;
    DisplayFeed feed;

    /** What a display received: "event:id". */
    static final class Recorder implements DisplayFeed.Sink {
        final List<String> got = new CopyOnWriteArrayList<>();

        @Override
        public boolean send(String event, String data, long id) {
            synchronized (got) {
                got.add(event + ":" + id);
                got.notifyAll();
            }
            return true;
        }

        /** Waits until {@code count} events have come, on the feed's sender thread. */
        void awaitCount(int count) {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            synchronized (got) {
                while (got.size() < count) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("timed out waiting for event " + count + "; got " + got);
                    }
                    try {
                        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(got, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError(e);
                    }
                }
            }
        }

        @Override
        public boolean ping() {
            return true;
        }
    }

    @BeforeEach
    void start(@TempDir Path dir) {
        q = new QueueFixture(dir);
        board = new CallBoard(q.queue).start();
        feed = new DisplayFeed(board, q.queue);
        q.take('A');
        q.take('A');
        q.queue.callNext(1);
        q.queue.callNext(2);
    }

    @AfterEach
    void stop() {
        feed.close();
        board.close();
        q.close();
    }

    @Test
    void givenADisplayThatSawTheFirstCall_whenItReconnects_thenItGetsExactlyTheCallsItMissed() {
        long first = q.queue.recentCalls(2).getFirst().id();
        Recorder display = new Recorder();
        feed.subscribe(display, Optional.of(first));

        display.awaitCount(1);
        assertEquals(List.of("call:" + (first + 1)), display.got);
    }

    @Test
    void givenADisplayThatSawCallsAPowerCutRolledBack_whenItReconnects_thenItStartsAfreshFromTheState() {
        long newest = q.queue.recentCalls(1).getFirst().id();
        Recorder display = new Recorder();
        feed.subscribe(display, Optional.of(newest + 3));

        display.awaitCount(1);
        assertEquals(List.of("state:" + newest), display.got);
        q.take('A');
        q.queue.callNext(1);
        display.awaitCount(2);
        assertEquals("call:" + (newest + 1), display.got.get(1), "a reused id is not skipped");
    }

    @Test
    void givenAConnectedDisplay_whenAnAdminAddsAWindow_thenItGetsTheWholeBoardAgainAndLaterCallsOnce() {
        long newest = q.queue.recentCalls(1).getFirst().id();
        Recorder display = new Recorder();
        feed.subscribe(display, Optional.empty());
        display.awaitCount(1);

        q.guide.replaceAll(List.of(QueueFixture.service('A', "社保医保", List.of(1, 2)),
                QueueFixture.service('B', "民政救助", List.of(2, 3))));
        q.queue.servicesChanged();
        display.awaitCount(2);
        q.take('B');
        q.queue.callNext(3);

        display.awaitCount(3);
        assertEquals(List.of("state:" + newest, "state:" + newest, "call:" + (newest + 1)), display.got);
        assertEquals(List.of(1, 2, 3), List.copyOf(board.state().windows().keySet()));
    }
}
