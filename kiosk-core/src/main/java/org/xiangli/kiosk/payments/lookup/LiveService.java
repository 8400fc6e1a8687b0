package org.xiangli.kiosk.payments.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.kiosk.config.SecureUrls;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.ledger.LedgerException;
import org.xiangli.kiosk.payments.ledger.LedgerJson;

/**
 * The county's live payments service, JSON over HTTP(S):
 * <pre>
 *   POST {url}/payers/lookup  {"id": "…"}                       → 200 {"as_of": ISO instant, "payer": {…}} | 404
 *   POST {url}/bills/lookup   {"station": "…", "bill": "…"}    → same
 * </pre>
 * The number travels in the body (never in a URL, which proxies log), with a bearer token when configured, and only
 * over HTTPS (see {@link SecureUrls}). Anything but a well-formed 200 or 404 of at most {@link #MAX_ANSWER} bytes
 * within the timeout is "unavailable", so the ledger can answer instead. A pay URL in the answer is kept only when
 * {@link PayUrlHosts} allows it: it becomes a QR code villagers pay through.
 */
public final class LiveService implements PaymentsSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(LiveService.class.getName());
    /** One payer's records: far below this; more is a broken or hostile server. */
    static final int MAX_ANSWER = 4 << 20;

    private final HttpClient http;
    private final URI base;
    private final Optional<String> token;
    private final Duration timeout;
    private final Clock clock;
    private final PayUrlHosts payHosts;

    /** @throws IllegalArgumentException {@code base} is not HTTPS (nor plain HTTP to loopback) */
    public LiveService(HttpClient http, URI base, Optional<String> token, Duration timeout, Clock clock,
                       PayUrlHosts payHosts) {
        if (!SecureUrls.isHttpsOrLoopback(base.toString())) {
            throw new IllegalArgumentException("the payments service must be reached over https://, not " + base);
        }
        this.payHosts = payHosts;
        this.http = http;
        this.base = base;
        this.token = token;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Answer findPayer(CitizenIdNumber idNumber) throws SourceUnavailableException {
        ObjectNode body = JSON.createObjectNode().put("id", idNumber.value());
        return call("payers/lookup", body);
    }

    @Override
    public Answer findBill(String station, String billNo) throws SourceUnavailableException {
        ObjectNode body = JSON.createObjectNode().put("station", station).put("bill", billNo);
        Answer answer = call("bills/lookup", body);
        return new Answer(answer.payer().map(p -> LocalLedger.onlyBill(p, billNo)), answer.freshness());
    }

    private Answer call(String path, ObjectNode body) throws SourceUnavailableException {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toString().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<byte[]> response;
        try {
            response = http.sendAsync(request.build(), BoundedBody.upTo(MAX_ANSWER))
                    .orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof BoundedBody.TooLargeException) {
                throw new SourceUnavailableException("payments service answer: " + cause.getMessage(), cause);
            }
            throw new SourceUnavailableException("payments service did not answer: " + cause.getClass()
                    .getSimpleName(), cause);
        }
        if (response.statusCode() == 404) {
            return new Answer(Optional.empty(), Freshness.live(clock.instant()));
        }
        if (response.statusCode() != 200) {
            throw new SourceUnavailableException("payments service answered HTTP " + response.statusCode());
        }
        try {
            JsonNode root0 = LedgerJson.tree(response.body());
            if (!root0.isObject()) {
                throw new LedgerException("the answer is not a JSON object");
            }
            Instant asOf = root0.hasNonNull("as_of") && root0.get("as_of").isTextual()
                    ? Instant.parse(root0.get("as_of").asText()) : clock.instant();
            Payer payer = LedgerJson.payer(root0.get("payer"), "answer");
            return new Answer(Optional.of(withAllowedPayUrls(payer)), Freshness.live(asOf));
        } catch (LedgerException e) {
            throw new SourceUnavailableException("payments service answer is malformed: " + e.getMessage(), e);
        } catch (DateTimeParseException e) {
            throw new SourceUnavailableException("payments service answer has a malformed as_of", e);
        }
    }

    /** The payer with every pay URL {@link PayUrlHosts} refuses taken out: that record then shows no QR. */
    private Payer withAllowedPayUrls(Payer payer) {
        return payer.withRecords(payer.records().stream().map(r -> {
            if (r.payUrl().isEmpty() || payHosts.allows(r.payUrl())) {
                return r;
            }
            // The host only: the rest of a pay URL may carry the bill's own identifiers.
            LOG.log(System.Logger.Level.WARNING, "payments service sent a pay URL to a host not in "
                    + "payments.pay_url_hosts ({0}); shown without its payment QR", hostOf(r.payUrl()));
            return r.withPayUrl("");
        }).toList());
    }

    private static String hostOf(String url) {
        try {
            return String.valueOf(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return "an unreadable URL";
        }
    }

    /** Reads the bearer token file (first non-empty line); empty path = no token. */
    public static Optional<String> readToken(String file) throws IOException {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file)).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).findFirst();
    }
}
