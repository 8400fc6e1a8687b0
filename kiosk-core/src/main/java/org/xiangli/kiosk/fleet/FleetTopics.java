package org.xiangli.kiosk.fleet;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fleet's topics, exactly {@code xiangli/v1/<county>/<station>/<kind>}. County and station ids are letters,
 * digits and '-' (never an MQTT wildcard or separator), so one station's topics can never match another's.
 *
 * <pre>
 *   state      kiosk → hub, retained; the broker's last will sets {"v":1,"online":false}
 *   telemetry  kiosk → hub, aggregates every few minutes and on change
 *   events     kiosk → hub, faults and recoveries, refused bundles, technician logins
 *   cmd        hub → kiosk, signed commands
 *   reply      kiosk → hub, one answer per command (done, or refused with the reason)
 * </pre>
 */
public record FleetTopics(String county, String station) {

    public static final String ROOT = "xiangli/v1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

    public enum Kind {
        STATE, TELEMETRY, EVENTS, CMD, REPLY;

        public String segment() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One topic taken apart. */
    public record Parsed(String county, String station, Kind kind) {
    }

    public FleetTopics {
        if (!isId(county) || !isId(station)) {
            throw new IllegalArgumentException("county and station ids are 1-32 letters, digits or '-': " + county
                    + "/" + station);
        }
    }

    public static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    public String topic(Kind kind) {
        return ROOT + "/" + county + "/" + station + "/" + kind.segment();
    }

    public String state() {
        return topic(Kind.STATE);
    }

    public String telemetry() {
        return topic(Kind.TELEMETRY);
    }

    public String events() {
        return topic(Kind.EVENTS);
    }

    public String cmd() {
        return topic(Kind.CMD);
    }

    public String reply() {
        return topic(Kind.REPLY);
    }

    /** Everything the kiosks of a county publish or are sent: what the hub subscribes to. */
    public static String countyFilter(String county) {
        return ROOT + "/" + county + "/+/+";
    }

    public static Optional<Parsed> parse(String topic) {
        String[] parts = topic.split("/", -1);
        if (parts.length != 5 || !(parts[0] + "/" + parts[1]).equals(ROOT) || !isId(parts[2]) || !isId(parts[3])) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (kind.segment().equals(parts[4])) {
                return Optional.of(new Parsed(parts[2], parts[3], kind));
            }
        }
        return Optional.empty();
    }
}
