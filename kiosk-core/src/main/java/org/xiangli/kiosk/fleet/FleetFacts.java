package org.xiangli.kiosk.fleet;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a kiosk tells its county, asked for by the fleet client on its own thread (never the UI thread): the pieces
 * of {@link StateReport} and {@link Telemetry}. The kiosk's are {@link KioskFleetFacts}; the hub's demo and the
 * benchmark simulate them. Every figure is an aggregate or a device's state, never about a person.
 */
public interface FleetFacts {

    String version();

    /** The content bundle each publisher has applied. */
    List<StateReport.BundleInUse> content();

    /** Each device by role ({@code card_reader}, {@code printer}, {@code scanner}). */
    Map<String, StateReport.DeviceReport> devices();

    /** The last content sync or USB import attempt, ISO-8601. */
    Optional<String> lastSync();

    /** The local day the queue figures are for, ISO-8601. */
    String day();

    Telemetry.QueueFigures queue();

    /** Today's ratings by level, 非常不满意 … 非常满意. */
    int[] ratings();

    Optional<Integer> helpCalls();

    /** Today's openings of content items by item id (a count per item, nothing about who); none by default. */
    default java.util.Map<String, Integer> itemOpens() {
        return java.util.Map.of();
    }

    /** Today's errands and requests, counted; empty on a kiosk without them. */
    default Optional<Telemetry.StationFigures> stationServices() {
        return Optional.empty();
    }

    Telemetry.SystemFigures system();

    /** Events that happened since the last call (refused bundles...), oldest first; each is reported once. */
    List<NewEvent> newEvents();

    /** An event found by {@link #newEvents}: the client stamps it with an id, the station and the time. */
    record NewEvent(String at, String kind, FleetEvent.Severity severity, String subject, String detail) {
    }
}
