package org.xiangli.kiosk.staff.web;


import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.QueueListener;
import org.xiangli.kiosk.queue.ServiceItem;

/**
 * The station on a busy day, squeezed: {@code consoles} staff consoles (one per window) call tickets over HTTP
 * while the kiosk issues {@code tickets} tickets and {@code displays} call displays listen on loopback. Used by
 * the load test (nothing lost, nothing out of order) and by bench/queue.sh (call → display latency).
 */
final class QueueLoad implements AutoCloseable {

    private static final Pattern CALL_ID = Pattern.compile("\"call\":\\{\"id\":(\\d+)");

    final StaffServerFixture f;
    final List<DisplayListener> displays = new ArrayList<>();
    /** Call id → System.nanoTime() just before the console sent the request that made it. */
    final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    /** Call id → System.nanoTime() when the queue committed it and told its listeners. */
    final Map<Long, Long> committedAt = new ConcurrentHashMap<>();
    private final int consoles;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    QueueLoad(Path dir, int consoles, int displayCount) throws Exception {
        this.consoles = consoles;
        // Three services (a letter has 999 numbers a day), each served by a third of the windows.
        List<List<Integer>> windows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int w = 1; w <= consoles; w++) {
            windows.get((w - 1) * 3 / consoles).add(w);
        }
        f = new StaffServerFixture(dir, List.of(QueueFixture.service('A', "社保医保", windows.get(0)),
                QueueFixture.service('B', "民政救助", windows.get(1)),
                QueueFixture.service('F', "便民缴费", windows.get(2))));
        f.queue.queue.addListener(new QueueListener() {
            @Override
            public void called(Call call) {
                committedAt.put(call.id(), System.nanoTime());
            }
        });
        for (int i = 0; i < displayCount; i++) {
            displays.add(new DisplayListener(http, f.url("/display/events")));
        }
        for (DisplayListener d : displays) {
            d.awaitConnected();
        }
    }

    /** Issues {@code tickets} tickets while every console calls until the queue is empty; returns the calls made. */
    int run(int tickets) throws Exception {
        List<ConsoleClient> clients = new ArrayList<>();
        for (int w = 1; w <= consoles; w++) {
            ConsoleClient c = new ConsoleClient(f);
            HttpResponse<String> r = c.login("wang", StaffServerFixture.PASSWORD, w);
            if (r.statusCode() != 302) {
                throw new IllegalStateException("login failed: " + r.statusCode());
            }
            clients.add(c);
        }
        AtomicBoolean issuing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(consoles + 1);
        try {
            Future<?> kiosk = pool.submit(() -> {
                try {
                    for (int i = 0; i < tickets; i++) {
                        f.queue.queue.take(UUID.randomUUID().toString(), "ABF".charAt(i % 3), Optional.empty());
                    }
                } finally {
                    issuing.set(false);
                }
            });
            List<Future<Integer>> calling = new ArrayList<>();
            for (ConsoleClient c : clients) {
                calling.add(pool.submit(() -> callUntilEmpty(c, issuing)));
            }
            kiosk.get();
            int calls = 0;
            for (Future<Integer> n : calling) {
                calls += n.get();
            }
            return calls;
        } finally {
            pool.shutdownNow();
        }
    }

    private int callUntilEmpty(ConsoleClient c, AtomicBoolean issuing) throws Exception {
        int calls = 0;
        while (true) {
            boolean stillIssuing = issuing.get();
            long t0 = System.nanoTime();
            HttpResponse<String> r = c.action("/api/console/call-next", "");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("call-next answered " + r.statusCode() + ": " + r.body());
            }
            Matcher m = CALL_ID.matcher(r.body());
            if (m.find()) {
                sentAt.put(Long.parseLong(m.group(1)), t0);
                calls++;
            } else if (!stillIssuing) {
                return calls;
            }
        }
    }

    /** Waits until every display has {@code calls} calls (or one of them failed). */
    void awaitDelivered(int calls) throws InterruptedException {
        for (DisplayListener d : displays) {
            // The caller checks what arrived and reports a display that fell short.
            d.awaitCalls(calls, java.time.Duration.ofMinutes(2));
        }
    }

    @Override
    public void close() {
        displays.forEach(DisplayListener::close);
        f.close();
    }
}
