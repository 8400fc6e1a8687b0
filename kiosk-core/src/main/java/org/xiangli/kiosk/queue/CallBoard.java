package org.xiangli.kiosk.queue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What the kiosk's second screen shows, as {@code /display} does: the current ticket at each window and the last
 * {@link #RECENT} calls. Fed by the queue's calls; each change goes to {@code onChange} (which hands it to the UI
 * thread) as an immutable {@link State}. Nothing personal: ticket labels and windows only.
 */
public final class CallBoard implements QueueListener {

    public static final int RECENT = 5;

    /** @param windows window → current ticket ("" = none yet); {@code recent} oldest first */
    public record State(Map<Integer, String> windows, List<Call> recent) {

        public State {
            windows = java.util.Collections.unmodifiableMap(new TreeMap<>(windows));
            recent = List.copyOf(recent);
        }
    }

    private final QueueService queue;
    private final Consumer<State> onChange;
    private final Map<Integer, String> current = new TreeMap<>();
    private final Deque<Call> recent = new ArrayDeque<>();

    public CallBoard(QueueService queue, Consumer<State> onChange) {
        this.queue = queue;
        this.onChange = onChange;
    }

    /** Loads today's last calls, starts listening and reports the first state. */
    public synchronized void start() {
        queue.windows().forEach(w -> current.put(w, ""));
        queue.recentCalls(100).forEach(this::apply);
        queue.addListener(this);
        onChange.accept(state());
    }

    public synchronized State state() {
        return new State(current, new ArrayList<>(recent));
    }

    @Override
    public synchronized void called(Call call) {
        apply(call);
        onChange.accept(state());
    }

    /** Windows added or disabled by an admin appear or go. */
    @Override
    public synchronized void changed() {
        List<Integer> windows = queue.windows();
        if (!current.keySet().equals(new java.util.TreeSet<>(windows))) {
            current.keySet().retainAll(windows);
            windows.forEach(w -> current.putIfAbsent(w, ""));
            onChange.accept(state());
        }
    }

    public void stop() {
        queue.removeListener(this);
    }

    private void apply(Call call) {
        current.put(call.window(), call.ticket());
        recent.addLast(call);
        while (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }
}
