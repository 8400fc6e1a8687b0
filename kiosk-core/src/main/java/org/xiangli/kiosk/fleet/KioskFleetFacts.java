package org.xiangli.kiosk.fleet;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.sync.ContentStatus;
import org.xiangli.kiosk.content.sync.ContentStatusReader;
import org.xiangli.kiosk.ops.TechnicianPin;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.staff.HelpCallRepository;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.queue.TicketStatus;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * The kiosk's own facts for the fleet: today's queue from its tickets (counts and waits only), content from the
 * content status, devices from the device set, health from Linux, and refused bundles and technician logins from
 * the kiosk's event log.
 * A ticket's person (card, priority reason) is never read into a figure.
 */
public final class KioskFleetFacts implements FleetFacts {

    private static final int EVENTS_PER_LOOK = 50;

    private final String version;
    private final QueueService queue;
    private final Supplier<Map<String, DeviceStatus>> devices;
    private final ContentStatusReader content;
    private final KioskEventRepository events;
    private final HelpCallRepository helpCalls;
    private final Supplier<Optional<Telemetry.StationFigures>> stationServices;
    private final Path dataDir;
    private long lastEventId = -1;

    public KioskFleetFacts(String version, QueueService queue, Supplier<Map<String, DeviceStatus>> devices,
                           ContentStatusReader content, KioskEventRepository events, HelpCallRepository helpCalls,
                           Path dataDir) {
        this(version, queue, devices, content, events, helpCalls, dataDir, Optional::empty);
    }

    /** @param stationServices today's errands and requests, counted (empty without them) */
    public KioskFleetFacts(String version, QueueService queue, Supplier<Map<String, DeviceStatus>> devices,
                           ContentStatusReader content, KioskEventRepository events, HelpCallRepository helpCalls,
                           Path dataDir, Supplier<Optional<Telemetry.StationFigures>> stationServices) {
        this.stationServices = stationServices;
        this.version = version;
        this.queue = queue;
        this.devices = devices;
        this.content = content;
        this.events = events;
        this.helpCalls = helpCalls;
        this.dataDir = dataDir;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<StateReport.BundleInUse> content() {
        return content.read(1).bundles().stream().map(b -> new StateReport.BundleInUse(b.publisher(), b.sequence(),
                b.appliedAt().toString())).toList();
    }

    @Override
    public Map<String, StateReport.DeviceReport> devices() {
        Map<String, StateReport.DeviceReport> out = new LinkedHashMap<>();
        devices.get().forEach((role, status) -> out.put(role.replace(' ', '_'), report(status)));
        return out;
    }

    public static StateReport.DeviceReport report(DeviceStatus status) {
        return new StateReport.DeviceReport(status.state().name().toLowerCase(Locale.ROOT),
                status.media().name().toLowerCase(Locale.ROOT), status.reason().english());
    }

    @Override
    public Optional<String> lastSync() {
        ContentStatus status = content.read(1);
        return status.attempts().stream().findFirst().map(a -> a.at().toString());
    }

    @Override
    public String day() {
        return queue.today().toString();
    }

    @Override
    public Telemetry.QueueFigures queue() {
        LocalDate today = queue.today();
        List<Ticket> tickets = queue.ticketsBetween(today, today);
        int served = 0;
        int waiting = 0;
        int noShows = 0;
        List<Long> waits = new ArrayList<>();
        for (Ticket t : tickets) {
            switch (t.status()) {
                case DONE -> served++;
                case WAITING -> waiting++;
                case NO_SHOW -> noShows++;
                default -> { }
            }
            t.calledAt().ifPresent(called -> waits.add(Duration.between(t.issuedAt(), called).toSeconds()));
        }
        waits.sort(null);
        return new Telemetry.QueueFigures(tickets.size(), served, waiting, noShows, percentile(waits, 50),
                percentile(waits, 90));
    }

    /** Nearest rank; 0 for no calls yet. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    @Override
    public int[] ratings() {
        LocalDate today = queue.today();
        int[] levels = new int[5];
        for (Ticket t : queue.ticketsBetween(today, today)) {
            if (t.status() == TicketStatus.DONE && t.rating().isPresent()) {
                levels[t.rating().get() - 1]++;
            }
        }
        return levels;
    }

    /** 呼叫工作人员 today (the button on every page and the GPIO help button): a count, never who or where. */
    @Override
    public Optional<Integer> helpCalls() {
        java.time.Instant start = queue.today().atStartOfDay(queue.policy().zone()).toInstant();
        return Optional.of(helpCalls.between(start, start.plus(Duration.ofDays(1))).size());
    }

    /** Items opened on the screen today, by id: counted from the event log's {@code content.opened} lines. */
    @Override
    public Map<String, Integer> itemOpens() {
        java.time.Instant start = queue.today().atStartOfDay(queue.policy().zone()).toInstant();
        return events.countByDetail(org.xiangli.kiosk.content.ContentLibrary.EVENT_OPENED, start,
                start.plus(Duration.ofDays(1)));
    }

    @Override
    public Optional<Telemetry.StationFigures> stationServices() {
        return stationServices.get();
    }

    @Override
    public Telemetry.SystemFigures system() {
        return PiHealth.read(dataDir);
    }

    private static NewEvent event(KioskEventRepository.KioskEvent e) {
        return switch (e.kind()) {
            case TechnicianPin.EVENT_LOGIN -> new NewEvent(e.at().toString(), FleetEvent.TECHNICIAN_LOGIN,
                    FleetEvent.Severity.INFO, "technician", "technician menu opened with the PIN");
            case TechnicianPin.EVENT_LOCKOUT -> new NewEvent(e.at().toString(), FleetEvent.TECHNICIAN_LOCKOUT,
                    FleetEvent.Severity.WARNING, "technician", TechnicianPin.MAX_WRONG
                            + " wrong PINs: the PIN pad is locked for " + TechnicianPin.LOCKOUT.toMinutes() + " min");
            case org.xiangli.kiosk.content.notice.StationNotices.EVENT -> new NewEvent(e.at().toString(),
                    FleetEvent.STATION_NOTICE, FleetEvent.Severity.INFO, "notice", e.detail());
            default -> new NewEvent(e.at().toString(), FleetEvent.BUNDLE_REFUSED, FleetEvent.Severity.WARNING,
                    e.detail().contains(":") ? e.detail().substring(0, e.detail().indexOf(':')) : "", e.detail());
        };
    }

    @Override
    public synchronized List<NewEvent> newEvents() {
        List<KioskEventRepository.KioskEvent> latest = events.latestOf(List.of(BundleImporter.EVENT_REJECTED,
                TechnicianPin.EVENT_LOGIN, TechnicianPin.EVENT_LOCKOUT,
                org.xiangli.kiosk.content.notice.StationNotices.EVENT), EVENTS_PER_LOOK);
        if (lastEventId < 0) {
            // At start: what was refused before this run was reported by the run before (or is history).
            lastEventId = latest.isEmpty() ? 0 : latest.getFirst().id();
            return List.of();
        }
        List<NewEvent> out = new ArrayList<>();
        for (KioskEventRepository.KioskEvent e : latest.reversed()) {
            if (e.id() > lastEventId) {
                out.add(event(e));
                lastEventId = e.id();
            }
        }
        return out;
    }
}
