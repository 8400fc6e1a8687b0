package org.xiangli.kiosk.content.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleException.Reason;

/**
 * Fetches a bundle over HTTP(S) into a work folder. A bundle that has not changed costs one 304 (ETag /
 * If-None-Match); a download cut by a village's flaky link keeps its bytes and resumes with Range / If-Range on
 * the next try, so a 20 MB bundle arrives even when no single connection lasts that long. A server that answers
 * and then dribbles is cut by the {@link DownloadLimits}, keeping what arrived for the next try. A bundle larger than
 * the limits allow is refused as soon as its headers or its bytes say so, and what arrived of it is deleted: the
 * part file is never larger than the largest bundle.
 * Not thread-safe: one sync at a time owns the work folder.
 */
public final class BundleDownloader {

    /** The outcome of one fetch. */
    public sealed interface Fetch permits NotModified, Downloaded {
    }

    public record NotModified() implements Fetch {
    }

    /** A complete file and the ETag it was served with (empty when the server sends none). */
    public record Downloaded(Path file, Optional<String> etag) implements Fetch {
    }

    static final String PART = "download.part";
    static final String PART_ETAG = "download.part.etag";

    private final HttpClient client;
    private final Path workDir;
    private final DownloadLimits limits;

    /** @param timeout how long to wait for the server to answer a request; the body has the default limits */
    public BundleDownloader(HttpClient client, Path workDir, Duration timeout) {
        this(client, workDir, DownloadLimits.withAnswer(timeout));
    }

    public BundleDownloader(HttpClient client, Path workDir, DownloadLimits limits) {
        this.client = client;
        this.workDir = workDir;
        this.limits = limits;
    }

    /** @param knownEtag the ETag of the bundle last applied from this URL: the server answers 304 if unchanged */
    public Fetch fetch(URI uri, Optional<String> knownEtag) throws BundleException {
        try {
            Files.createDirectories(workDir);
            Path part = workDir.resolve(PART);
            long have = resumable(part);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(limits.answer()).GET();
            if (have > 0) {
                request.header("Range", "bytes=" + have + "-").header("If-Range", readPartEtag().orElseThrow());
            } else {
                knownEtag.ifPresent(etag -> request.header("If-None-Match", etag));
            }
            Receiving receiving = new Receiving(part, have);
            CompletableFuture<HttpResponse<Void>> future = client.sendAsync(request.build(), receiving::subscriber);
            HttpResponse<Void> response;
            try {
                response = await(future, receiving, uri);
            } catch (IOException e) {
                if (receiving.tooLarge()) {
                    throw tooLarge(uri);
                }
                throw e;
            }
            if (receiving.tooLarge()) {
                throw tooLarge(uri);
            }
            if (receiving.failure != null) {
                throw receiving.failure;
            }
            int status = response.statusCode();
            Optional<String> etag = response.headers().firstValue("ETag");
            return switch (status) {
                case 304 -> new NotModified();
                case 200 -> complete(part, 0, receiving, etag, response.headers().firstValueAsLong("Content-Length"));
                case 206 -> {
                    String range = response.headers().firstValue("Content-Range").orElse("");
                    if (receiving.sink == null) {
                        discardPart();
                        throw new BundleException(Reason.DOWNLOAD_FAILED, uri + " resumed at the wrong place ("
                                + range + "); the download starts over next time");
                    }
                    OptionalLong total = OptionalLong.empty();
                    int slash = range.indexOf('/');
                    if (slash > 0 && !range.endsWith("*")) {
                        total = OptionalLong.of(Long.parseLong(range.substring(slash + 1).strip()) - have);
                    }
                    yield complete(part, have, receiving, etag.isPresent() ? etag : readPartEtag(), total);
                }
                default -> {
                    if (status == 416) {
                        // Our part is no prefix of what the server holds now: start over next time.
                        discardPart();
                    }
                    throw new BundleException(Reason.DOWNLOAD_FAILED, uri + " answered HTTP " + status);
                }
            };
        } catch (HttpTimeoutException e) {
            throw new BundleException(Reason.DOWNLOAD_FAILED, uri + " did not answer within "
                    + limits.answer().toSeconds() + " s", e);
        } catch (IOException | NumberFormatException e) {
            throw new BundleException(Reason.DOWNLOAD_FAILED, "download from " + uri + " failed: "
                    + org.xiangli.kiosk.ops.Causes.describe(e)
                    + " (what arrived is kept and the next try resumes)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException(Reason.DOWNLOAD_FAILED, "download from " + uri + " was interrupted", e);
        }
    }

    /** The bytes of an earlier download to resume from: none without its ETag, or if today's limit is below them. */
    private long resumable(Path part) throws IOException {
        long have = Files.exists(part) && readPartEtag().isPresent() ? Files.size(part) : 0;
        if (have >= limits.maxBytes()) {
            discardPart();
            return 0;
        }
        return have;
    }

    private BundleException tooLarge(URI uri) throws IOException {
        discardPart();
        long max = limits.maxBytes();
        String limit = max % (1 << 20) == 0 ? (max >> 20) + " MB" : max + " bytes";
        return new BundleException(Reason.BUNDLE_TOO_LARGE, "download from " + uri + " stopped: the bundle is larger "
                + "than " + limit + ", the most this kiosk accepts (content.max_bundle_mb); nothing of it is kept");
    }

    /** Forgets a partial or finished download (after it was applied or refused). */
    public void discardPart() throws IOException {
        Files.deleteIfExists(workDir.resolve(PART));
        Files.deleteIfExists(workDir.resolve(PART_ETAG));
    }

    /**
     * Waits for the response and its body, checking the body's progress a few times per stall window: a body that
     * brings too little in a window, or runs past the overall limit, is cut and what arrived stays in the part file.
     */
    private HttpResponse<Void> await(CompletableFuture<HttpResponse<Void>> future, Receiving receiving, URI uri)
            throws IOException, InterruptedException, BundleException {
        long tick = Math.max(20, Math.min(1_000, limits.stall().toMillis() / 5));
        long start = System.nanoTime();
        long windowStart = start;
        long windowBytes = 0;
        while (true) {
            try {
                return future.get(tick, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(String.valueOf(cause), cause);
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                PartFileSink sink = receiving.sink;
                if (Duration.ofNanos(now - start).compareTo(limits.overall()) > 0) {
                    throw cut(future, receiving, uri, "took longer than " + limits.overall().toSeconds() + " s");
                }
                if (sink == null) {
                    // No body yet: the request's own timeout covers the wait for the headers.
                    windowStart = now;
                    continue;
                }
                if (Duration.ofNanos(now - windowStart).compareTo(limits.stall()) >= 0) {
                    long got = sink.received() - windowBytes;
                    if (got < DownloadLimits.STALL_MIN_BYTES) {
                        throw cut(future, receiving, uri, "stalled: " + got + " bytes in the last "
                                + limits.stall().toSeconds() + " s");
                    }
                    windowStart = now;
                    windowBytes = sink.received();
                }
            }
        }
    }

    private BundleException cut(CompletableFuture<?> future, Receiving receiving, URI uri, String why) {
        future.cancel(true);
        long kept = receiving.have;
        if (receiving.sink != null) {
            receiving.sink.abandon();
            kept += receiving.sink.received();
        }
        return new BundleException(Reason.DOWNLOAD_STALLED, "download from " + uri + " " + why + "; cut after "
                + kept + " bytes, which are kept: the next poll resumes");
    }

    private Fetch complete(Path part, long offset, Receiving receiving, Optional<String> etag, OptionalLong expected)
            throws IOException {
        long received = receiving.sink == null ? 0 : receiving.sink.received();
        if (expected.isPresent() && received < expected.getAsLong()) {
            throw new IOException("connection closed after " + (offset + received) + " bytes");
        }
        return new Downloaded(part, etag);
    }

    private Optional<String> readPartEtag() throws IOException {
        Path file = workDir.resolve(PART_ETAG);
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    /**
     * Chooses where a response's body goes once its status is known (on the HTTP client's thread): a 200 starts
     * the part file afresh under the new ETag, a 206 that resumes where the part ends appends to it, each up to the
     * largest bundle; a body announced larger than that, and anything else, is not read at all.
     */
    private final class Receiving {

        private final Path part;
        private final long have;
        private volatile PartFileSink sink;
        private volatile IOException failure;
        private volatile boolean announcedTooLarge;

        Receiving(Path part, long have) {
            this.part = part;
            this.have = have;
        }

        boolean tooLarge() {
            PartFileSink s = sink;
            return announcedTooLarge || (s != null && s.overLimit());
        }

        HttpResponse.BodySubscriber<Void> subscriber(HttpResponse.ResponseInfo info) {
            try {
                if (info.statusCode() == 200) {
                    if (number(info, "Content-Length") > limits.maxBytes()) {
                        announcedTooLarge = true;
                        return new Unread();
                    }
                    Files.deleteIfExists(workDir.resolve(PART_ETAG));
                    Optional<String> etag = info.headers().firstValue("ETag");
                    if (etag.isPresent()) {
                        // Written before the body: bytes that arrive before a cut belong to this ETag and may resume.
                        Files.writeString(workDir.resolve(PART_ETAG), etag.get(), StandardCharsets.UTF_8);
                    }
                    sink = new PartFileSink(part, false, limits.maxBytes());
                    return sink;
                }
                String range = info.headers().firstValue("Content-Range").orElse("");
                if (info.statusCode() == 206 && range.startsWith("bytes " + have + "-")) {
                    long total = range.matches("bytes \\d+-\\d+/\\d{1,18}")
                            ? Long.parseLong(range.substring(range.indexOf('/') + 1)) : -1;
                    if (Math.max(total, have + number(info, "Content-Length")) > limits.maxBytes()) {
                        announcedTooLarge = true;
                        return new Unread();
                    }
                    sink = new PartFileSink(part, true, limits.maxBytes() - have);
                    return sink;
                }
            } catch (IOException e) {
                failure = e;
            }
            return new Unread();
        }

        /** A header's number, or -1 when it is missing or no number. */
        private static long number(HttpResponse.ResponseInfo info, String header) {
            String value = info.headers().firstValue(header).orElse("").strip();
            return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
        }
    }

    /**
     * Takes no byte of a body: an error page or a body too large is not worth the link's time or the card's room.
     * Cancelling closes the connection; the response itself completes, with no body.
     */
    private static final class Unread implements HttpResponse.BodySubscriber<Void> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // Nothing was requested, so nothing arrives.
        }

        @Override
        public void onError(Throwable throwable) {
            // The body is not wanted: its failure changes nothing.
        }

        @Override
        public void onComplete() {
            // Nothing to finish.
        }

        @Override
        public CompletionStage<Void> getBody() {
            return CompletableFuture.completedFuture(null);
        }
    }
}
