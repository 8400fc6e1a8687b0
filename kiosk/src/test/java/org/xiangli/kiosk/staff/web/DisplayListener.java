package org.xiangli.kiosk.staff.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A call display as a TV's browser runs it: reads {@code /display/events} and keeps every call id in the order
 * it arrived, with the time it arrived (for the latency benchmark).
 */
final class DisplayListener implements AutoCloseable {

    private static final Pattern CALL_ID = Pattern.compile("\"id\":(\\d+)");

    record Received(long callId, long nanoTime) {
    }

    private final List<Received> calls = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch connected = new CountDownLatch(1);
    private final Thread reader;
    private volatile Stream<String> lines;
    private volatile Throwable failure;

    DisplayListener(HttpClient http, String url) {
        reader = Thread.ofPlatform().daemon().name("display-listener").start(() -> {
            try {
                HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.ofLines());
                lines = r.body();
                String event = "";
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        if (event.equals("state")) {
                            connected.countDown();
                        } else if (event.equals("call")) {
                            Matcher m = CALL_ID.matcher(line);
                            if (m.find()) {
                                synchronized (calls) {
                                    calls.add(new Received(Long.parseLong(m.group(1)), System.nanoTime()));
                                    calls.notifyAll();
                                }
                            }
                        }
                    }
                }
                failure = new IllegalStateException("the server ended the event stream after "
                        + calls.size() + " calls");
            } catch (IOException | RuntimeException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                connected.countDown();
                synchronized (calls) {
                    calls.notifyAll();
                }
            }
        });
    }

    /** Waits for the display's first state event; throws if the stream failed instead. */
    void awaitConnected() throws InterruptedException {
        connected.await();
        if (failure != null) {
            throw new IllegalStateException("the display could not connect", failure);
        }
    }

    /**
     * Waits until {@code count} calls have arrived; returns false when the stream ended or failed first, or after
     * {@code limit}.
     */
    boolean awaitCalls(int count, java.time.Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (calls) {
            while (calls.size() < count && failure == null && reader.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(calls, left);
            }
            return calls.size() >= count;
        }
    }

    List<Received> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    Throwable failure() {
        return failure;
    }

    boolean isReading() {
        return reader.isAlive();
    }

    @Override
    public void close() {
        Stream<String> s = lines;
        if (s != null) {
            s.close();
        }
        reader.interrupt();
    }
}
