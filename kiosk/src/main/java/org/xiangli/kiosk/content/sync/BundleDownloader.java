package org.xiangli.kiosk.content.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.xiangli.kiosk.content.bundle.BundleException;
import org.xiangli.kiosk.content.bundle.BundleException.Reason;

/**
 * Fetches a bundle over HTTP(S) into a work folder. A bundle that has not changed costs one 304 (ETag /
 * If-None-Match); a download cut by a village's flaky link keeps its bytes and resumes with Range / If-Range on
 * the next try, so a 20 MB bundle arrives even when no single connection lasts that long.
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
    private final Duration timeout;

    /** @param timeout how long to wait for the server to answer a request */
    public BundleDownloader(HttpClient client, Path workDir, Duration timeout) {
        this.client = client;
        this.workDir = workDir;
        this.timeout = timeout;
    }

    /** @param knownEtag the ETag of the bundle last applied from this URL: the server answers 304 if unchanged */
    public Fetch fetch(URI uri, Optional<String> knownEtag) throws BundleException {
        try {
            Files.createDirectories(workDir);
            Path part = workDir.resolve(PART);
            Optional<String> partEtag = readPartEtag();
            long have = Files.exists(part) && partEtag.isPresent() ? Files.size(part) : 0;
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
            if (have > 0) {
                request.header("Range", "bytes=" + have + "-").header("If-Range", partEtag.get());
            } else {
                knownEtag.ifPresent(etag -> request.header("If-None-Match", etag));
            }
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                Optional<String> etag = response.headers().firstValue("ETag");
                return switch (status) {
                    case 304 -> new NotModified();
                    case 200 -> receive(body, part, 0, etag, response.headers().firstValueAsLong("Content-Length"));
                    case 206 -> resume(body, part, have, etag, response, uri);
                    default -> {
                        if (status == 416) {
                            // Our part is no prefix of what the server holds now: start over next time.
                            discardPart();
                        }
                        throw new BundleException(Reason.DOWNLOAD_FAILED, uri + " answered HTTP " + status);
                    }
                };
            }
        } catch (HttpTimeoutException e) {
            throw new BundleException(Reason.DOWNLOAD_FAILED, uri + " did not answer within " + timeout.toSeconds()
                    + " s", e);
        } catch (IOException e) {
            throw new BundleException(Reason.DOWNLOAD_FAILED, "download from " + uri + " failed: " + e.getMessage()
                    + " (what arrived is kept and the next try resumes)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException(Reason.DOWNLOAD_FAILED, "download from " + uri + " was interrupted", e);
        }
    }

    /** Forgets a partial or finished download (after it was applied or refused). */
    public void discardPart() throws IOException {
        Files.deleteIfExists(workDir.resolve(PART));
        Files.deleteIfExists(workDir.resolve(PART_ETAG));
    }

    private Fetch resume(InputStream body, Path part, long have, Optional<String> etag, HttpResponse<?> response,
                         URI uri) throws IOException, BundleException {
        String range = response.headers().firstValue("Content-Range").orElse("");
        if (!range.startsWith("bytes " + have + "-")) {
            discardPart();
            throw new BundleException(Reason.DOWNLOAD_FAILED, uri + " resumed at the wrong place (" + range
                    + "); the download starts over next time");
        }
        OptionalLong total = OptionalLong.empty();
        int slash = range.indexOf('/');
        if (slash > 0 && !range.endsWith("*")) {
            total = OptionalLong.of(Long.parseLong(range.substring(slash + 1).strip()) - have);
        }
        return receive(body, part, have, etag.isPresent() ? etag : readPartEtag(), total);
    }

    private Fetch receive(InputStream body, Path part, long offset, Optional<String> etag, OptionalLong expected)
            throws IOException {
        if (offset == 0) {
            Files.deleteIfExists(workDir.resolve(PART_ETAG));
            if (etag.isPresent()) {
                // Written before the body: bytes that arrive before a cut belong to this ETag and may resume.
                Files.writeString(workDir.resolve(PART_ETAG), etag.get(), StandardCharsets.UTF_8);
            }
        }
        long received = 0;
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                offset == 0 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                received += n;
            }
        }
        if (expected.isPresent() && received < expected.getAsLong()) {
            throw new IOException("connection closed after " + (offset + received) + " bytes");
        }
        return new Downloaded(part, etag);
    }

    private Optional<String> readPartEtag() throws IOException {
        Path file = workDir.resolve(PART_ETAG);
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }
}
