package org.xiangli.county.web;

import java.util.List;

/** The models of the hub's pages (src/main/jte), each a record the template prints and nothing more. */
public final class Pages {

    private Pages() {
    }

    /** The bar on every page after login: who is logged in, as what, and the token its forms carry. */
    public record Chrome(String user, String role, String csrf, boolean admin) {
    }

    public record Login(String error, String csrf) {
    }

    public record AlertLine(long id, String station, String kind, String opened, String closed, String detail) {
    }

    public record Dashboard(Chrome chrome, int total, int online, int offline, int faulty,
                            List<Views.StationView> stations, List<AlertLine> alerts, int offlineAfterMinutes) {
    }

    public record TelemetryLine(String at, String issued, String served, String waiting, String waitP90,
                                String satisfaction, String disk, String temperature) {
    }

    public record EventLine(String at, String kind, String severity, String subject, String detail) {
    }

    public record CommandLine(String at, String verb, String args, String by, String outcome, boolean ok) {
        public String rowClass() {
            return ok ? "ok" : "fault";
        }
    }

    public record Shot(long id, String at) {
    }

    public record Station(Chrome chrome, Views.StationView station, List<TelemetryLine> history,
                          List<EventLine> events, List<CommandLine> commands, List<Shot> screenshots,
                          boolean canCommand, boolean canAdmin, String flash) {
    }

    public record Alerts(Chrome chrome, List<AlertLine> open, List<AlertLine> recent) {
    }

    public record UserLine(String name, String role, boolean locked) {
        public String lockedText() {
            return locked ? "已锁定" : "—";
        }
    }

    public record Users(Chrome chrome, List<UserLine> users, List<String> roles, String flash) {
    }
}
