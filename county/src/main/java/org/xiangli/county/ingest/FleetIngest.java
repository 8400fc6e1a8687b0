package org.xiangli.county.ingest;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.xiangli.county.store.Report;
import org.xiangli.county.store.ReportRepository;
import org.xiangli.kiosk.fleet.CommandReply;
import org.xiangli.kiosk.fleet.FleetEvent;
import org.xiangli.kiosk.fleet.FleetJson;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.fleet.StateReport;
import org.xiangli.kiosk.fleet.Telemetry;

/**
 * Turns what arrives on the county's topics into {@link Report}s and stores them in batches: whatever came in while
 * the last batch was written goes into the next transaction, so a burst of a thousand kiosks costs a few commits,
 * not a thousand. A payload that is not valid (another version, broken JSON, a topic of another station than the
 * payload says) is counted and dropped, never stored.
 *
 * <p>Threading: {@link #accept} is called on the MQTT client's thread and only queues; {@link #run} is the one
 * writer thread.
 */
public final class FleetIngest implements Runnable {

    private static final System.Logger LOG = System.getLogger(FleetIngest.class.getName());
    /** The most reports one transaction holds. */
    static final int BATCH = 2000;

    private final String county;
    private final ReportRepository reports;
    private final Clock clock;
    private final Consumer<List<Report>> afterStore;
    private final BlockingQueue<Report> queue = new LinkedBlockingQueue<>();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean stopped;

    /** @param afterStore told of each stored batch (alerts, the dashboard's live view), on the writer thread */
    public FleetIngest(String county, ReportRepository reports, Clock clock, Consumer<List<Report>> afterStore) {
        this.county = county;
        this.reports = reports;
        this.clock = clock;
        this.afterStore = afterStore;
    }

    /** One message from the broker. */
    public void accept(String topic, byte[] payload) {
        Optional<FleetTopics.Parsed> parsed = FleetTopics.parse(topic);
        if (parsed.isEmpty() || !parsed.get().county().equals(county)) {
            return;
        }
        try {
            read(parsed.get(), payload, clock.instant()).ifPresent(queue::add);
        } catch (IOException | RuntimeException e) {
            refused.incrementAndGet();
            LOG.log(Level.DEBUG, "ingest: {0} refused: {1}", topic, e.getMessage());
        }
    }

    static Optional<Report> read(FleetTopics.Parsed topic, byte[] payload, Instant now) throws IOException {
        String station = topic.station();
        return switch (topic.kind()) {
            case STATE -> {
                StateReport s = FleetJson.read(payload, StateReport.class);
                requireStation(station, s.station());
                yield Optional.of(new Report.State(station, now, s, new String(payload,
                        java.nio.charset.StandardCharsets.UTF_8)));
            }
            case TELEMETRY -> {
                Telemetry t = FleetJson.read(payload, Telemetry.class);
                requireStation(station, t.station());
                if (t.id() == null || t.at() == null) {
                    throw new IOException("telemetry without id or time");
                }
                Instant.parse(t.at());
                yield Optional.of(new Report.TelemetryReport(station, now, t, new String(payload,
                        java.nio.charset.StandardCharsets.UTF_8)));
            }
            case EVENTS -> {
                FleetEvent e = FleetJson.read(payload, FleetEvent.class);
                requireStation(station, e.station());
                if (e.id() == null || e.at() == null || e.kind() == null) {
                    throw new IOException("event without id, time or kind");
                }
                Instant.parse(e.at());
                yield Optional.of(new Report.Event(station, now, e));
            }
            case REPLY -> {
                CommandReply r = FleetJson.read(payload, CommandReply.class);
                requireStation(station, r.station());
                byte[] png = null;
                if (r.result() != null && r.result().get("png") instanceof String b64) {
                    png = Base64.getDecoder().decode(b64);
                }
                yield Optional.of(new Report.Reply(station, now, r, png));
            }
            case CMD -> Optional.empty();
        };
    }

    /** A payload names the station it is about; it must be the topic's (the ACL vouches for the topic). */
    private static void requireStation(String topic, String payload) throws IOException {
        if (payload != null && !payload.equals(topic)) {
            throw new IOException("payload for station " + payload + " on the topic of " + topic);
        }
    }

    @Override
    public void run() {
        List<Report> batch = new ArrayList<>();
        while (!stopped) {
            try {
                Report first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                reports.store(batch);
                stored.addAndGet(batch.size());
                afterStore.accept(List.copyOf(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "ingest: a batch of " + batch.size() + " reports could not be stored", e);
            } finally {
                batch.clear();
            }
        }
    }

    public void stop() {
        stopped = true;
    }

    public long stored() {
        return stored.get();
    }

    public long refused() {
        return refused.get();
    }

    public int waiting() {
        return queue.size();
    }
}
