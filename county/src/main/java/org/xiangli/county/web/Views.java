package org.xiangli.county.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.county.store.AlertRepository;
import org.xiangli.county.store.StationRepository;
import org.xiangli.kiosk.fleet.FleetJson;

/** What the pages show, in Chinese, made from the store's rows: the templates only print these. */
public final class Views {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** One device line of a station. */
    public record Device(String role, String roleText, String state, String stateText, boolean ok, String media) {
        public String rowClass() {
            return ok ? "ok" : "fault";
        }
    }

    /** One station, as the dashboard's table and the station page show it. */
    public record StationView(String code, boolean online, String status, String lastSeen, String lastSeenAgo,
                              List<String> faults, String content, String ticketsToday, String satisfaction,
                              String helpCallsToday, boolean registered, String version, String uptime, List<Device> devices,
                              List<String> alerts) {

        public boolean hasFaults() {
            return !faults.isEmpty();
        }

        public String rowClass() {
            return !online ? "offline" : hasFaults() ? "fault" : "ok";
        }
    }

    private final ZoneId zone;

    public Views(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    public String time(Optional<Instant> at) {
        return at.map(this::time).orElse("—");
    }

    static String ago(Optional<Instant> at, Instant now) {
        if (at.isEmpty()) {
            return "从未联系";
        }
        Duration d = Duration.between(at.get(), now);
        if (d.toMinutes() < 1) {
            return "刚刚";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " 分钟前";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " 小时前";
        }
        return d.toDays() + " 天前";
    }

    public StationView station(StationRepository.Station s, List<AlertRepository.Alert> openAlerts, Instant now) {
        List<String> faults = new ArrayList<>();
        List<Device> devices = new ArrayList<>();
        String content = "—";
        String version = "—";
        String uptime = "—";
        try {
            if (s.stateJson().isPresent()) {
                JsonNode state = FleetJson.mapper().readTree(s.stateJson().get());
                version = state.path("version").asText("—");
                if (state.has("uptimeSeconds")) {
                    uptime = duration(Duration.ofSeconds(state.get("uptimeSeconds").asLong()));
                }
                List<String> bundles = new ArrayList<>();
                state.path("content").forEach(b -> bundles.add("第 " + b.path("sequence").asLong() + " 版 ("
                        + abbreviate(b.path("publisher").asText()) + ")"));
                content = bundles.isEmpty() ? "无内容包" : String.join("、", bundles);
                for (var it = state.path("devices").properties().iterator(); it.hasNext(); ) {
                    var d = it.next();
                    String st = d.getValue().path("state").asText();
                    String media = d.getValue().path("media").asText();
                    boolean ok = st.equals("online") && !media.equals("out");
                    devices.add(new Device(d.getKey(), roleText(d.getKey()), st, stateText(st, media), ok, media));
                    if (!ok && s.online()) {
                        faults.add(roleText(d.getKey()) + stateText(st, media));
                    }
                }
            }
        } catch (IOException e) {
            faults.add("状态无法读取");
        }
        String tickets = "—";
        String satisfaction = "—";
        String help = "—";
        try {
            if (s.telemetryJson().isPresent()) {
                JsonNode t = FleetJson.mapper().readTree(s.telemetryJson().get());
                if (LocalDate.now(zone).toString().equals(t.path("day").asText())) {
                    tickets = t.path("queue").path("issued").asText("0");
                    satisfaction = satisfaction(t.path("ratings"));
                    help = t.has("helpCalls") ? t.get("helpCalls").asText() : "—";
                } else {
                    tickets = "0";
                }
            }
        } catch (IOException e) {
            tickets = "?";
        }
        String status = s.online() ? "在线" : s.lastSeen().isEmpty() ? "未上线" : "离线";
        List<String> alerts = openAlerts.stream().filter(a -> a.station().equals(s.code()))
                .map(AlertRepository.Alert::detail).toList();
        return new StationView(s.code(), s.online(), status, time(s.lastSeen()), ago(s.lastSeen(), now), faults,
                content, tickets, satisfaction, help, s.registered(), version, uptime, devices, alerts);
    }

    /** 满意 + 非常满意 over all ratings, e.g. "92% (25 人评价)". */
    static String satisfaction(JsonNode ratings) {
        if (!ratings.isArray() || ratings.size() != 5) {
            return "—";
        }
        long total = 0;
        for (JsonNode r : ratings) {
            total += r.asLong();
        }
        if (total == 0) {
            return "暂无评价";
        }
        long satisfied = ratings.get(3).asLong() + ratings.get(4).asLong();
        return Math.round(100.0 * satisfied / total) + "% (" + total + " 人评价)";
    }

    static String roleText(String role) {
        return switch (role) {
            case "card_reader" -> "身份证阅读器";
            case "printer" -> "打印机";
            case "scanner" -> "扫码器";
            default -> role;
        };
    }

    static String stateText(String state, String media) {
        if (media.equals("out")) {
            return "缺纸";
        }
        String text = switch (state) {
            case "online" -> "正常";
            case "offline" -> "未连接";
            case "hardware_error" -> "硬件故障";
            case "user_error" -> "需人工处理";
            case "busy" -> "忙";
            default -> state;
        };
        return media.equals("near_end") ? text + "（纸将用完）" : text;
    }

    static String duration(Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + " 天 " + d.toHoursPart() + " 小时";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " 小时 " + d.toMinutesPart() + " 分";
        }
        return d.toMinutes() + " 分钟";
    }

    static String abbreviate(String s) {
        return s.length() > 8 ? s.substring(0, 8) + "…" : s;
    }

    public static String alertText(String kind) {
        return switch (kind) {
            case "offline" -> "离线";
            case "paper-out" -> "缺纸";
            case "device-fault" -> "设备故障";
            case "disk-low" -> "存储不足";
            default -> kind;
        };
    }
}
