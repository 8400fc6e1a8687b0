package org.xiangli.kiosk.content.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A loopback HTTP server serving one bundle with an ETag, honouring If-None-Match and Range / If-Range, that can
 * cut the connection halfway, answer 404, hold its answer back (a slow server), dribble its body, or send far more
 * than any bundle.
 */
final class BundleServer implements AutoCloseable {

    /**
     * SLOW holds the headers back; DRIBBLE sends headers and half the body, then a byte every 300 ms. HUGE announces
     * 100 GiB and ENDLESS no length at all; both then send zeros until the client hangs up (or {@link #FLOOD} bytes).
     */
    enum Mode { NORMAL, CUT_HALFWAY, NOT_FOUND, SLOW, DRIBBLE, HUGE, ENDLESS }

    /** Where a flood stops, so that a client with no limit fails the test instead of filling the disk. */
    static final long FLOOD = 64L << 20;

    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile byte[] body = new byte[0];
    private volatile String etag = "\"v1\"";
    private volatile Mode mode = Mode.NORMAL;

    BundleServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed/latest.xlb", this::handle);
        // A dribbling answer must not hold up the next request (the default runs handlers one at a time).
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed/latest.xlb");
    }

    void serve(byte[] bytes, String tag) {
        body = bytes;
        etag = tag;
    }

    void mode(Mode m) {
        mode = m;
    }

    /** Request lines with their conditional headers, for assertions. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange ex) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        String ifRange = ex.getRequestHeaders().getFirst("If-Range");
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        requests.add("GET" + (range != null ? " Range=" + range : "") + (ifNoneMatch != null ? " If-None-Match" : ""));
        try (ex) {
            switch (mode) {
                case NOT_FOUND -> {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                case SLOW -> awaitRelease();
                case HUGE, ENDLESS -> {
                    ex.getResponseHeaders().set("ETag", etag);
                    ex.sendResponseHeaders(200, mode == Mode.HUGE ? 100L << 30 : 0);
                    flood(ex.getResponseBody());
                    return;
                }
                default -> { }
            }
            byte[] data = body;
            ex.getResponseHeaders().set("ETag", etag);
            if (ifNoneMatch != null && ifNoneMatch.equals(etag)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            int from = 0;
            if (range != null && (ifRange == null || ifRange.equals(etag))) {
                from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
                ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (data.length - 1) + "/" + data.length);
                ex.sendResponseHeaders(206, data.length - from);
            } else {
                ex.sendResponseHeaders(200, data.length);
            }
            OutputStream out = ex.getResponseBody();
            if (mode == Mode.CUT_HALFWAY) {
                out.write(data, from, (data.length - from) / 2);
                out.flush();
                // Closing the connection under a fixed-length body: the client sees the stream end early.
                mode = Mode.NORMAL;
                throw new IOException("cut by the test");
            }
            if (mode == Mode.DRIBBLE) {
                int half = from + (data.length - from) / 2;
                out.write(data, from, half - from);
                out.flush();
                for (int i = half; i < data.length && release.getCount() > 0; i++) {
                    sleep(300);
                    // Throws once the client has hung up, which ends this handler.
                    out.write(data[i]);
                    out.flush();
                }
                return;
            }
            out.write(data, from, data.length - from);
        }
    }

    /** Throws once the client has hung up, which ends the handler. */
    private static void flood(OutputStream out) throws IOException {
        byte[] block = new byte[64 * 1024];
        for (long sent = 0; sent < FLOOD; sent += block.length) {
            out.write(block);
        }
    }

    /** A slow village link, played by the server: the delay is what the test is about, not a wait for a result. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
