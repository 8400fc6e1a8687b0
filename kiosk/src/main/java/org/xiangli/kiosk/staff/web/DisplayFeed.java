package org.xiangli.kiosk.staff.web;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.QueueService;

/**
 * Feeds the call displays from the {@link CallBoard}, the state the kiosk's own call screen shows too. Every call
 * goes out on one sender thread in the order the queue committed it; each display gets the board when it connects
 * (and again when windows come or go), and a display that reconnects with the last id it saw gets exactly the calls
 * it missed. A display never gets a call twice or out of order. Nothing personal: ticket labels and windows.
 */
public final class DisplayFeed implements AutoCloseable {

    /** Where a display's events go; {@code false} from a send means the display has gone. */
    public interface Sink {
        boolean send(String event, String data, long id);

        boolean ping();
    }

    private static final int REPLAY_LIMIT = 500;
    private static final System.Logger LOG = System.getLogger(DisplayFeed.class.getName());

    private final CallBoard board;
    private final QueueService queue;
    private final CallBoard.Watcher watcher = this::boardChanged;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "display-feed");
        t.setDaemon(true);
        return t;
    });
    // Touched only on the sender thread. A lastSent comes from a call the board already held or from a board read
    // on this thread, so it never passes the board: a board read later here never takes a display back.
    private final List<Subscriber> subscribers = new ArrayList<>();

    private static final class Subscriber {
        final Sink sink;
        long lastSent;

        Subscriber(Sink sink, long lastSent) {
            this.sink = sink;
            this.lastSent = lastSent;
        }
    }

    /** @param queue the call log, for the calls a reconnecting display missed */
    public DisplayFeed(CallBoard board, QueueService queue) {
        this.board = board;
        this.queue = queue;
        board.watch(watcher);
        // A comment every 15 s keeps proxies from closing an idle stream and finds displays that went away.
        sender.scheduleWithFixedDelay(this::pingAll, 15, 15, TimeUnit.SECONDS);
    }

    /** Connects a display: replays what it missed after {@code lastEventId}, or sends the board. */
    public void subscribe(Sink sink, Optional<Long> lastEventId) {
        sender.execute(() -> {
            CallBoard.State now = board.state();
            long newest = now.lastCallId();
            long last;
            // A display that saw more calls than the store holds (a power cut rolled the last relaxed call commits
            // back, see QueueRepository.callNext) would wait for ids that are reused: it starts afresh instead. So
            // does one that missed more than a replay holds: the board is all a display shows anyway.
            if (lastEventId.isPresent() && lastEventId.get() <= newest && newest - lastEventId.get() <= REPLAY_LIMIT) {
                last = lastEventId.get();
                for (Call call : queue.callsAfter(last, REPLAY_LIMIT)) {
                    if (call.id() > newest) {
                        // Committed but not yet on the board: the board's own event brings it, in order.
                        break;
                    }
                    if (!sink.send("call", WebJson.write(CallMessage.of(call)), call.id())) {
                        return;
                    }
                    last = call.id();
                }
            } else {
                if (!sendBoard(sink, now)) {
                    return;
                }
                last = newest;
            }
            subscribers.add(new Subscriber(sink, last));
        });
    }

    private void boardChanged(CallBoard.State state, Optional<Call> call) {
        if (call.isPresent()) {
            sender.execute(() -> sendCall(call.get()));
        } else {
            // The board is read again on the sender thread (see subscribers), not taken from the event.
            sender.execute(this::sendBoardToAll);
        }
    }

    private void sendCall(Call call) {
        String data = WebJson.write(CallMessage.of(call));
        subscribers.removeIf(s -> {
            if (call.id() <= s.lastSent) {
                return false;
            }
            s.lastSent = call.id();
            return !s.sink.send("call", data, call.id());
        });
    }

    /** Windows came or went: every display gets the whole board again. */
    private void sendBoardToAll() {
        CallBoard.State now = board.state();
        subscribers.removeIf(s -> {
            // Calls already on this board are not sent again when their own events come.
            s.lastSent = now.lastCallId();
            return !sendBoard(s.sink, now);
        });
    }

    private static boolean sendBoard(Sink sink, CallBoard.State state) {
        return sink.send("state", WebJson.write(BoardMessage.of(state)), state.lastCallId());
    }

    private void pingAll() {
        subscribers.removeIf(s -> !s.sink.ping());
    }

    /** A display's whole board: {@code {"windows":[{"window":1,"ticket":"A003"},…],"recent":[call,…]}}. */
    record BoardMessage(List<WindowTicket> windows, List<CallMessage> recent) {

        static BoardMessage of(CallBoard.State state) {
            return new BoardMessage(state.windows().entrySet().stream()
                    .map(w -> new WindowTicket(w.getKey(), w.getValue())).toList(),
                    state.recent().stream().map(CallMessage::of).toList());
        }
    }

    /** One window's current ticket, "" before its first call. */
    record WindowTicket(int window, String ticket) {
    }

    @Override
    public void close() {
        board.unwatch(watcher);
        sender.shutdownNow();
        LOG.log(Level.DEBUG, "display feed closed");
    }
}
