package org.xiangli.kiosk.fleet;

/**
 * One event on {@code .../events}: a fault or a recovery, a refused bundle with its reason, a technician login.
 * {@code subject} names what it is about (a device role, a publisher), {@code detail} says what happened in words
 * for a technician; neither ever holds anything about a villager.
 */
public record FleetEvent(int v, String id, String station, String at, String kind, String severity,
                         String subject, String detail) implements FleetJson.Versioned {

    public static final String DEVICE_FAULT = "device-fault";
    public static final String DEVICE_RECOVERED = "device-recovered";
    public static final String BUNDLE_REFUSED = "bundle-refused";
    public static final String TECHNICIAN_LOGIN = "technician-login";
    public static final String TECHNICIAN_LOCKOUT = "technician-lockout";
    public static final String STARTED = "started";
    /** A station notice was posted or removed in the staff console (issue 17). */
    public static final String STATION_NOTICE = "station-notice";

    public enum Severity { INFO, WARNING, ERROR }
}
