package org.xiangli.kiosk.fleet;

/**
 * What {@code .../telemetry} carries: aggregates of the station's day and the Pi's health, never anything about a
 * person (no ID number, name or phone number; a test scans every payload).
 *
 * @param id       unique per report, so the hub stores a report replayed twice once
 * @param day      the local day the queue figures are for
 * @param ratings  satisfaction counts by level: [非常不满意, 不满意, 一般, 满意, 非常满意]
 * @param helpCalls presses of the help button or help page openings today, when counted
 * @param opens    today's openings of content items on the screen, by item id (issue 17's reach), when counted
 * @param stationServices today's errands and requests (counts), when the kiosk has them; absent in older reports
 */
public record Telemetry(int v, String id, String station, String at, String day, QueueFigures queue,
                        int[] ratings, Integer helpCalls, SystemFigures system, Long outboxDropped,
                        java.util.Map<String, Integer> opens, StationFigures stationServices)
        implements FleetJson.Versioned {

    /** As reports were before errands and requests were counted. */
    public Telemetry(int v, String id, String station, String at, String day, QueueFigures queue, int[] ratings,
                     Integer helpCalls, SystemFigures system, Long outboxDropped) {
        this(v, id, station, at, day, queue, ratings, helpCalls, system, outboxDropped, null, null);
    }

    /**
     * 代办 and 诉求·意见 today: errands registered and done, errands open past their promised date now, requests
     * left and answered. Counts only.
     */
    public record StationFigures(int errandsRegistered, int errandsDone, int errandsOverdue, int requests,
                                 int requestsAnswered) {
    }

    /** Today's queue: tickets issued, served, still waiting, no-shows; waiting time (issue to call) p50 and p90. */
    public record QueueFigures(int issued, int served, int waiting, int noShows, long waitP50Seconds,
                               long waitP90Seconds) {
    }

    /** The Pi: data partition, memory, SoC temperature, load; a figure the system does not give is left out. */
    public record SystemFigures(Long diskFreeMb, Long diskTotalMb, Long memoryAvailableMb, Long memoryTotalMb,
                                Double temperatureC, Double load) {
    }
}
