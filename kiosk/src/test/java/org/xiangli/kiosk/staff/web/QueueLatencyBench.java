package org.xiangli.kiosk.staff.web;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * bench/queue.sh: the load test's station (10 consoles, 20 displays, 2,000 tickets on loopback), measuring for
 * every call and every display the time from the console sending "call next" to the display receiving the call.
 */
public final class QueueLatencyBench {

    private QueueLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path dir = Files.createTempDirectory("xiangli-queue-bench");
        try (QueueLoad load = new QueueLoad(dir, 10, 20)) {
            long start = System.nanoTime();
            int calls = load.run(tickets);
            load.awaitDelivered(calls);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> micros = new ArrayList<>();
            List<Long> fromCommit = new ArrayList<>();
            for (DisplayListener d : load.displays) {
                for (DisplayListener.Received r : d.calls()) {
                    Long sent = load.sentAt.get(r.callId());
                    if (sent != null) {
                        micros.add((r.nanoTime() - sent) / 1_000);
                    }
                    Long committed = load.committedAt.get(r.callId());
                    if (committed != null) {
                        fromCommit.add((r.nanoTime() - committed) / 1_000);
                    }
                }
            }
            // Where the time goes before the commit: the HTTP request, waiting for the queue's lock (behind the other
            // windows' calls and the kiosk's ticket issues, each of which fsyncs), and the call's own transaction.
            List<Long> toCommit = new ArrayList<>();
            load.sentAt.forEach((id, sent) -> {
                Long committed = load.committedAt.get(id);
                if (committed != null) {
                    toCommit.add((committed - sent) / 1_000);
                }
            });
            Collections.sort(toCommit);
            Collections.sort(micros);
            Collections.sort(fromCommit);
            System.out.printf("queue bench: %d tickets issued and called in %.1f s, %d deliveries to 20 displays%n",
                    calls, seconds, micros.size());
            System.out.printf("call -> display latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    at(micros, 50) / 1000.0, at(micros, 99) / 1000.0, micros.getLast() / 1000.0);
            System.out.printf("call -> commit (HTTP, lock, transaction): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    at(toCommit, 50) / 1000.0, at(toCommit, 99) / 1000.0, toCommit.getLast() / 1000.0);
            // The part after the call is committed (fsync'd): the display feed alone, without the wait for the
            // database that ten consoles calling back-to-back queue up for.
            System.out.printf("commit -> display latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    at(fromCommit, 50) / 1000.0, at(fromCommit, 99) / 1000.0, fromCommit.getLast() / 1000.0);
        }
    }

    private static long at(List<Long> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
