package org.xiangli.kiosk.fleet;

import java.util.List;
import java.util.Map;

/**
 * What {@code .../state} holds, retained by the broker: the last thing the hub knows of a kiosk. While it runs,
 * {@code online} is true and the rest says what it runs; when it vanishes, the broker publishes the last will,
 * {@link #offline}. Times are ISO-8601 instants.
 *
 * @param version        the kiosk software's version
 * @param uptimeSeconds  since the kiosk process started
 * @param content        the content bundle each publisher has applied
 * @param devices        each device by role (card reader, printer, scanner): state, media (paper), detail
 * @param lastSync       the last content sync attempt (feed or USB), empty if none
 * @param outboxDropped  reports dropped because the outbox was full while offline, since the outbox was made
 */
public record StateReport(int v, boolean online, String station, String at, String version, Long uptimeSeconds,
                          List<BundleInUse> content, Map<String, DeviceReport> devices, String lastSync,
                          Long outboxDropped) implements FleetJson.Versioned {

    public record BundleInUse(String publisher, long sequence, String applied) {
    }

    /** One device: XFS-like state (online, offline, hardware error, user error, busy), media status, detail. */
    public record DeviceReport(String state, String media, String detail) {
    }

    /** The last will: set by the broker when the kiosk's connection dies without a goodbye. */
    public static StateReport offline(String station) {
        return new StateReport(FleetJson.VERSION, false, station, null, null, null, null, null, null, null);
    }
}
