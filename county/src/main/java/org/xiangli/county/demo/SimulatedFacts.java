package org.xiangli.county.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.xiangli.kiosk.fleet.FleetFacts;
import org.xiangli.kiosk.fleet.StateReport;
import org.xiangli.kiosk.fleet.Telemetry;

/**
 * A village station's day, made up: villagers take tickets and rate the service through the day, the printer's
 * paper sometimes runs out (and a technician refills it), the SD card fills slowly. Only aggregates, like the real
 * kiosk's facts. Thread-safe: the fleet client asks from its own thread, the demo's clock ticks from another.
 */
public final class SimulatedFacts implements FleetFacts {

    private final RandomGenerator random;
    private final Clock clock;
    private final ZoneId zone;
    private LocalDate day;
    private int issued;
    private int served;
    private int noShows;
    private final int[] ratings = new int[5];
    private String printerState = "online";
    private String paper = "ok";
    private long diskFreeMb;
    private final boolean readerMissing;

    public SimulatedFacts(RandomGenerator random, Clock clock, ZoneId zone) {
        this.random = random;
        this.clock = clock;
        this.zone = zone;
        this.day = LocalDate.now(clock.withZone(zone));
        this.diskFreeMb = 4000 + random.nextInt(20000);
        // One station in twenty-five has its card reader unplugged: the dashboard should show it.
        this.readerMissing = random.nextInt(25) == 0;
        this.issued = random.nextInt(20);
        this.served = Math.max(0, issued - random.nextInt(4));
        for (int i = 0; i < served; i++) {
            rate();
        }
    }

    /** One step of the day: maybe a ticket, a service finished and rated, paper out or refilled. */
    public synchronized void step() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!today.equals(day)) {
            day = today;
            issued = served = noShows = 0;
            java.util.Arrays.fill(ratings, 0);
        }
        if (random.nextInt(3) == 0) {
            issued++;
        }
        if (served + noShows < issued - 1 && random.nextInt(3) == 0) {
            if (random.nextInt(20) == 0) {
                noShows++;
            } else {
                served++;
                rate();
            }
        }
        if (paper.equals("ok") && random.nextInt(400) == 0) {
            printerState = "user_error";
            paper = "out";
        } else if (paper.equals("out") && random.nextInt(30) == 0) {
            printerState = "online";
            paper = "ok";
        }
        if (random.nextInt(10) == 0) {
            diskFreeMb = Math.max(100, diskFreeMb - random.nextInt(5));
        }
    }

    private void rate() {
        int r = random.nextInt(100);
        ratings[r < 55 ? 4 : r < 85 ? 3 : r < 95 ? 2 : r < 98 ? 1 : 0]++;
    }

    @Override
    public String version() {
        return "0.1.0-sim";
    }

    @Override
    public List<StateReport.BundleInUse> content() {
        return List.of(new StateReport.BundleInUse("5f1c2a9e8d7b6c40", 42, day.atStartOfDay(zone).toInstant()
                .toString()));
    }

    @Override
    public synchronized Map<String, StateReport.DeviceReport> devices() {
        Map<String, StateReport.DeviceReport> out = new LinkedHashMap<>();
        out.put("card_reader", readerMissing ? new StateReport.DeviceReport("offline", "unknown", "device not connected")
                : new StateReport.DeviceReport("online", "unknown", "ready"));
        out.put("printer", new StateReport.DeviceReport(printerState, paper, paper.equals("out") ? "paper out"
                : "ready"));
        out.put("scanner", new StateReport.DeviceReport("online", "unknown", "ready"));
        return out;
    }

    @Override
    public Optional<String> lastSync() {
        return Optional.of(day.atStartOfDay(zone).toInstant().toString());
    }

    @Override
    public synchronized String day() {
        return day.toString();
    }

    @Override
    public synchronized Telemetry.QueueFigures queue() {
        return new Telemetry.QueueFigures(issued, served, Math.max(0, issued - served - noShows), noShows,
                240 + (issued % 7) * 30, 600 + (issued % 5) * 60);
    }

    @Override
    public synchronized int[] ratings() {
        return ratings.clone();
    }

    @Override
    public Optional<Integer> helpCalls() {
        return Optional.empty();
    }

    @Override
    public synchronized Telemetry.SystemFigures system() {
        return new Telemetry.SystemFigures(diskFreeMb, 29_000L, 1200L + random.nextInt(300), 3_800L,
                45.0 + random.nextInt(150) / 10.0, Math.round(random.nextDouble() * 100) / 100.0);
    }

    @Override
    public List<NewEvent> newEvents() {
        return List.of();
    }
}
