package org.xiangli.county.broker;

import java.util.List;
import org.xiangli.kiosk.fleet.FleetTopics;

/**
 * Who may publish and subscribe where, for one county: a kiosk (user = its station code) publishes only its own
 * state, telemetry, events and replies and reads only its own commands; the hub reads everything of the county and
 * publishes commands. The same rules are written for Mosquitto ({@link #mosquittoAcl}) and enforced by the embedded
 * broker ({@link #canWrite}, {@link #canRead}).
 */
public record FleetAcl(String county, String hubUser) {

    public static final String DEFAULT_HUB_USER = "hub";
    private static final List<FleetTopics.Kind> KIOSK_WRITES = List.of(FleetTopics.Kind.STATE,
            FleetTopics.Kind.TELEMETRY, FleetTopics.Kind.EVENTS, FleetTopics.Kind.REPLY);

    public boolean canWrite(String user, String topic) {
        if (user == null) {
            return false;
        }
        return FleetTopics.parse(topic).filter(t -> t.county().equals(county)).map(t -> user.equals(hubUser)
                ? t.kind() == FleetTopics.Kind.CMD
                : t.station().equals(user) && KIOSK_WRITES.contains(t.kind())).orElse(false);
    }

    /** {@code filter} may hold wildcards: a kiosk may subscribe only to its own cmd topic, exactly. */
    public boolean canRead(String user, String filter) {
        if (user == null) {
            return false;
        }
        String prefix = FleetTopics.ROOT + "/" + county + "/";
        if (user.equals(hubUser)) {
            return filter.startsWith(prefix) || filter.equals(FleetTopics.ROOT + "/" + county + "/#");
        }
        return FleetTopics.isId(user) && filter.equals(new FleetTopics(county, user).cmd());
    }

    /** Mosquitto's acl_file: the hub's rules by name, the kiosks' by pattern ({@code %u} = the user name). */
    public String mosquittoAcl() {
        String root = FleetTopics.ROOT + "/" + county;
        StringBuilder sb = new StringBuilder("# Xiangli fleet ACL for county " + county
                + ", written by county.jar broker-config.\n# The hub reads the whole county and sends commands.\n");
        sb.append("user ").append(hubUser).append('\n');
        sb.append("topic read ").append(root).append("/#\n");
        sb.append("topic write ").append(root).append("/+/cmd\n\n");
        sb.append("# Every kiosk (user = its station code) writes only under its own station and reads its own cmd.\n");
        for (FleetTopics.Kind kind : KIOSK_WRITES) {
            sb.append("pattern write ").append(root).append("/%u/").append(kind.segment()).append('\n');
        }
        sb.append("pattern read ").append(root).append("/%u/cmd\n");
        return sb.toString();
    }
}
