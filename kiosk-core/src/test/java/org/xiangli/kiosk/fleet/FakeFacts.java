package org.xiangli.kiosk.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Facts a test sets: a printer whose paper can run out, a queue whose figures it changes. */
public final class FakeFacts implements FleetFacts {

    private final Map<String, StateReport.DeviceReport> devices = new LinkedHashMap<>();
    private final List<NewEvent> events = new ArrayList<>();
    private volatile Telemetry.QueueFigures queue = new Telemetry.QueueFigures(0, 0, 0, 0, 0, 0);

    public FakeFacts() {
        devices.put("printer", new StateReport.DeviceReport("online", "ok", "ready"));
        devices.put("card_reader", new StateReport.DeviceReport("online", "unknown", "ready"));
    }

    public synchronized void printer(String state, String media) {
        devices.put("printer", new StateReport.DeviceReport(state, media, state.equals("online") ? "ready"
                : "paper out"));
    }

    public void queue(Telemetry.QueueFigures figures) {
        this.queue = figures;
    }

    public synchronized void happened(NewEvent event) {
        events.add(event);
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public List<StateReport.BundleInUse> content() {
        return List.of(new StateReport.BundleInUse("0123456789abcdef", 7, "2026-11-23T01:00:00Z"));
    }

    @Override
    public synchronized Map<String, StateReport.DeviceReport> devices() {
        return new LinkedHashMap<>(devices);
    }

    @Override
    public Optional<String> lastSync() {
        return Optional.of("2026-11-23T01:00:00Z");
    }

    @Override
    public String day() {
        return "2026-11-23";
    }

    @Override
    public Telemetry.QueueFigures queue() {
        return queue;
    }

    @Override
    public int[] ratings() {
        return new int[] {0, 0, 1, 2, 3};
    }

    @Override
    public Optional<Integer> helpCalls() {
        return Optional.empty();
    }

    @Override
    public Telemetry.SystemFigures system() {
        return new Telemetry.SystemFigures(1000L, 30000L, 500L, 2000L, 48.5, 0.3);
    }

    @Override
    public synchronized List<NewEvent> newEvents() {
        List<NewEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }
}
