package org.xiangli.kiosk.queue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The call board: the current ticket at each window and the last {@link #RECENT} calls. The one state that the
 * kiosk's second HDMI screen and every {@code /display} page show, kept from the queue's events in the order the
 * queue committed them; each change goes to the {@link Watcher}s as an immutable {@link State}. Nothing personal:
 * ticket labels and windows only.
 */
public final class CallBoard implements QueueListener, AutoCloseable {

    public static final int RECENT = 5;
    // Read back from the store at start: enough for every window's last call on any real day.
    private static final int LOADED = 100;

    /**
     * The board at one moment.
     *
     * @param windows window → current ticket ("" = none yet), in window order
     * @param recent  the last calls, oldest first
     */
    public record State(Map<Integer, String> windows, List<Call> recent) {

        public State {
            windows = Collections.unmodifiableMap(new TreeMap<>(windows));
            recent = List.copyOf(recent);
        }

        /** The id of the newest call on the board, 0 before the first: who has seen it has seen the whole board. */
        public long lastCallId() {
            return recent.isEmpty() ? 0 : recent.getLast().id();
        }
    }

    /**
     * Hears every change of the board, in order. Called on the queue's thread while the board is locked: hand the
     * work to your own thread and return at once, as a {@link QueueListener} does.
     */
    @FunctionalInterface
    public interface Watcher {

        /**
         * @param call the call that made {@code state}; empty when windows came or went, and for the state a
         *             watcher gets as it starts watching
         */
        void changed(State state, Optional<Call> call);
    }

    private final QueueService queue;
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final Map<Integer, String> current = new TreeMap<>();
    private final Deque<Call> recent = new ArrayDeque<>();

    public CallBoard(QueueService queue) {
        this.queue = queue;
    }

    /** Starts listening to the queue and reads its last calls back from the store. */
    public synchronized CallBoard start() {
        // Listening first: a call committed while the store is read waits for this lock, and is not applied twice.
        queue.addListener(this);
        queue.windows().forEach(w -> current.put(w, ""));
        queue.recentCalls(LOADED).forEach(this::apply);
        // A window taken away since its last call is not on the board.
        current.keySet().retainAll(queue.windows());
        return this;
    }

    public synchronized State state() {
        return new State(current, new ArrayList<>(recent));
    }

    /** Adds a watcher and gives it the state now, so it misses nothing between the two. */
    public synchronized void watch(Watcher watcher) {
        watchers.add(watcher);
        watcher.changed(state(), Optional.empty());
    }

    public void unwatch(Watcher watcher) {
        watchers.remove(watcher);
    }

    @Override
    public synchronized void called(Call call) {
        if (apply(call)) {
            State state = state();
            watchers.forEach(w -> w.changed(state, Optional.of(call)));
        }
    }

    /** Windows added or disabled by an admin appear or go. */
    @Override
    public synchronized void changed() {
        List<Integer> windows = queue.windows();
        if (!current.keySet().equals(new TreeSet<>(windows))) {
            current.keySet().retainAll(windows);
            windows.forEach(w -> current.putIfAbsent(w, ""));
            State state = state();
            watchers.forEach(w -> w.changed(state, Optional.empty()));
        }
    }

    @Override
    public void close() {
        queue.removeListener(this);
    }

    /** False for a call the board already holds (read from the store while it was being committed). */
    private boolean apply(Call call) {
        if (!recent.isEmpty() && call.id() <= recent.getLast().id()) {
            return false;
        }
        current.put(call.window(), call.ticket());
        recent.addLast(call);
        while (recent.size() > RECENT) {
            recent.removeFirst();
        }
        return true;
    }
}
