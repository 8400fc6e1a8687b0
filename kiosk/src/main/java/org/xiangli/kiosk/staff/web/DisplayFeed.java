package org.xiangli.kiosk.staff.web;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.QueueListener;
import org.xiangli.kiosk.queue.QueueService;

/**
 * Feeds the call displays. Every call goes out on one sender thread in the order the queue committed it; each
 * display gets a snapshot when it connects, and a display that reconnects with the last id it saw gets exactly the
 * calls it missed. A display never gets a call twice or out of order. Nothing personal: ticket labels and windows.
 */
public final class DisplayFeed implements QueueListener, AutoCloseable {

    /** Where a display's events go; {@code false} from a send means the display has gone. */
    public interface Sink {
        boolean send(String event, String data, long id);

        boolean ping();
    }

    public static final int RECENT = 5;
    private static final int REPLAY_LIMIT = 500;
    private static final System.Logger LOG = System.getLogger(DisplayFeed.class.getName());

    private final QueueService queue;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "display-feed");
        t.setDaemon(true);
        return t;
    });
    // Touched only on the sender thread.
    private final List<Subscriber> subscribers = new ArrayList<>();

    private static final class Subscriber {
        final Sink sink;
        long lastSent;

        Subscriber(Sink sink, long lastSent) {
            this.sink = sink;
            this.lastSent = lastSent;
        }
    }

    public DisplayFeed(QueueService queue) {
        this.queue = queue;
        queue.addListener(this);
        // A comment every 15 s keeps proxies from closing an idle stream and finds displays that went away.
        sender.scheduleWithFixedDelay(this::pingAll, 15, 15, TimeUnit.SECONDS);
    }

    /** Connects a display: replays what it missed after {@code lastEventId}, or sends the current state. */
    public void subscribe(Sink sink, Optional<Long> lastEventId) {
        sender.execute(() -> {
            long last;
            List<Call> latest = queue.recentCalls(1);
            long newest = latest.isEmpty() ? 0 : latest.getLast().id();
            // A display that saw more calls than the store holds (a power cut rolled the last relaxed call commits
            // back, see QueueRepository.callNext) would wait for ids that are reused: it starts afresh instead.
            if (lastEventId.isPresent() && lastEventId.get() <= newest) {
                last = lastEventId.get();
                for (Call call : queue.callsAfter(last, REPLAY_LIMIT)) {
                    if (!sink.send("call", WebJson.write(CallMessage.of(call)), call.id())) {
                        return;
                    }
                    last = call.id();
                }
            } else {
                List<Call> recent = queue.recentCalls(100);
                last = recent.isEmpty() ? 0 : recent.getLast().id();
                if (!sink.send("state", WebJson.write(board(recent)), last)) {
                    return;
                }
            }
            subscribers.add(new Subscriber(sink, last));
        });
    }

    @Override
    public void called(Call call) {
        sender.execute(() -> {
            String data = WebJson.write(CallMessage.of(call));
            subscribers.removeIf(s -> {
                if (call.id() <= s.lastSent) {
                    return false;
                }
                s.lastSent = call.id();
                return !s.sink.send("call", data, call.id());
            });
        });
    }

    private void pingAll() {
        subscribers.removeIf(s -> !s.sink.ping());
    }

    /** A display's whole board: {@code {"windows":[{"window":1,"ticket":"A003"},…],"recent":[call,…]}}. */
    record BoardMessage(List<WindowTicket> windows, List<CallMessage> recent) {
    }

    /** One window's current ticket, "" before its first call. */
    record WindowTicket(int window, String ticket) {
    }

    private BoardMessage board(List<Call> recent) {
        Map<Integer, String> current = new TreeMap<>();
        queue.windows().forEach(w -> current.put(w, ""));
        recent.forEach(c -> current.put(c.window(), c.ticket()));
        List<WindowTicket> windows = new ArrayList<>();
        current.forEach((w, t) -> windows.add(new WindowTicket(w, t)));
        List<CallMessage> last = recent.subList(Math.max(0, recent.size() - RECENT), recent.size()).stream()
                .map(CallMessage::of).toList();
        return new BoardMessage(windows, last);
    }

    @Override
    public void close() {
        queue.removeListener(this);
        sender.shutdownNow();
        LOG.log(Level.DEBUG, "display feed closed");
    }
}
