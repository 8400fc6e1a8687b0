package org.xiangli.county.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.xiangli.county.store.AlertRepository;
import org.xiangli.county.store.StationRepository;
import org.xiangli.kiosk.fleet.FleetJson;

/**
 * The alerts a county's technicians act on, decided from each station's state and latest telemetry: offline for
 * longer than {@code offlineAfter}, the printer out of paper, a device not working (the card reader missing...),
 * the data partition almost full. An alert opens once when its rule starts to hold and closes when it stops;
 * each newly opened alert is handed to {@code opened} (the webhook).
 */
public final class AlertRules {

    public static final String OFFLINE = "offline";
    public static final String PAPER_OUT = "paper-out";
    public static final String DEVICE_FAULT = "device-fault";
    public static final String DISK_LOW = "disk-low";

    private static final System.Logger LOG = System.getLogger(AlertRules.class.getName());
    /** Almost full: less than this share free, or less than {@link #DISK_MIN_MB}. */
    static final double DISK_MIN_SHARE = 0.10;
    static final long DISK_MIN_MB = 500;

    private final StationRepository stations;
    private final AlertRepository alerts;
    private final Duration offlineAfter;
    private final Clock clock;
    private final Consumer<AlertRepository.Alert> opened;

    public AlertRules(StationRepository stations, AlertRepository alerts, Duration offlineAfter, Clock clock,
                      Consumer<AlertRepository.Alert> opened) {
        this.stations = stations;
        this.alerts = alerts;
        this.offlineAfter = offlineAfter;
        this.clock = clock;
        this.opened = opened;
    }

    public Duration offlineAfter() {
        return offlineAfter;
    }

    /** Looks at every station once; safe to call from a timer. */
    public void check() {
        Instant now = clock.instant();
        for (StationRepository.Station s : stations.all()) {
            try {
                Map<String, Optional<String>> holds = rules(s, now);
                holds.forEach((kind, detail) -> {
                    if (detail.isPresent()) {
                        alerts.open(s.code(), kind, detail.get(), now).ifPresent(opened);
                    } else {
                        alerts.close(s.code(), kind, now);
                    }
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "alerts: station {0}: {1}", s.code(), e.getMessage());
            }
        }
    }

    /** Each rule's verdict for one station: the detail when it holds, empty when it does not. */
    Map<String, Optional<String>> rules(StationRepository.Station s, Instant now) throws IOException {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        boolean offlineLong = !s.online() && s.onlineSince().or(s::lastSeen)
                .map(since -> Duration.between(since, now).compareTo(offlineAfter) >= 0).orElse(false);
        out.put(OFFLINE, offlineLong ? Optional.of("离线超过 " + offlineAfter.toMinutes() + " 分钟 / offline since "
                + s.onlineSince().or(s::lastSeen).orElseThrow()) : Optional.empty());
        Optional<String> paper = Optional.empty();
        StringBuilder faults = new StringBuilder();
        if (s.online() && s.stateJson().isPresent()) {
            JsonNode devices = FleetJson.mapper().readTree(s.stateJson().get()).path("devices");
            for (var it = devices.properties().iterator(); it.hasNext(); ) {
                var d = it.next();
                String state = d.getValue().path("state").asText();
                String media = d.getValue().path("media").asText();
                if (media.equals("out")) {
                    paper = Optional.of(d.getKey() + " 缺纸 / paper out");
                } else if (!state.equals("online")) {
                    faults.append(faults.isEmpty() ? "" : ", ").append(d.getKey()).append(' ').append(state)
                            .append(" (").append(d.getValue().path("detail").asText()).append(')');
                }
            }
        }
        out.put(PAPER_OUT, paper);
        out.put(DEVICE_FAULT, faults.isEmpty() ? Optional.empty() : Optional.of("设备故障 / " + faults));
        Optional<String> disk = Optional.empty();
        if (s.telemetryJson().isPresent()) {
            JsonNode sys = FleetJson.mapper().readTree(s.telemetryJson().get()).path("system");
            if (sys.has("diskFreeMb") && sys.has("diskTotalMb")) {
                long free = sys.get("diskFreeMb").asLong();
                long total = sys.get("diskTotalMb").asLong();
                if (free < DISK_MIN_MB || (total > 0 && free < total * DISK_MIN_SHARE)) {
                    disk = Optional.of("存储空间不足 / disk almost full: " + free + " MB free of " + total);
                }
            }
        }
        out.put(DISK_LOW, disk);
        return out;
    }
}
