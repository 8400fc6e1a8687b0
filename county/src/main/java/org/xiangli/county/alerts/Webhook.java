package org.xiangli.county.alerts;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.xiangli.county.store.AlertRepository;
import org.xiangli.kiosk.fleet.FleetJson;

/**
 * Posts each new alert as JSON to the county's webhook (a chat robot, an SMS gateway), on its own executor: a slow
 * or failing webhook delays no alert on the dashboard. A failure is logged; the alert stays on the page.
 */
public final class Webhook implements Consumer<AlertRepository.Alert> {

    private static final System.Logger LOG = System.getLogger(Webhook.class.getName());

    /** What is posted. */
    public record Payload(int v, String station, String kind, String opened, String detail) {
    }

    private final URI url;
    private final HttpClient http;
    private final Executor executor;

    public Webhook(URI url, Executor executor) {
        this.url = url;
        this.executor = executor;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void accept(AlertRepository.Alert alert) {
        byte[] body = FleetJson.write(new Payload(1, alert.station(), alert.kind(), alert.opened().toString(),
                alert.detail()));
        executor.execute(() -> {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 != 2) {
                    LOG.log(Level.WARNING, "webhook {0} answered {1} for alert {2}", url, r.statusCode(), alert.id());
                }
            } catch (java.io.IOException e) {
                LOG.log(Level.WARNING, "webhook {0} failed for alert {1}: {2}", url, alert.id(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
