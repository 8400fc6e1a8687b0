package org.xiangli.kiosk.staff.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.MediaStatus;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.staff.HelpCall;

/**
 * What every logged-in page polls ({@code station.js}): the open calls for staff, which ring and show a banner until
 * someone answers, and the devices' states (打印机缺纸, 纸将用完, 开盖...). Answering a call records who and when.
 */
final class StationRoutes {

    private final StationSide station;
    private final Messages messages;
    private final Clock clock;

    StationRoutes(StationSide station, Messages messages, Clock clock) {
        this.station = station;
        this.messages = messages;
        this.clock = clock;
    }

    /** An open call for staff: which kiosk (station code) and page, and for how long it has waited. */
    record HelpCallMessage(long id, String kiosk, String page, String source, String calledAt, long waitedSeconds,
                           String text) {
    }

    /** A device's state in words; {@code ok} false when someone should look at it. */
    record DeviceMessage(String device, String name, boolean ok, String state) {
    }

    record StationMessage(List<HelpCallMessage> helpCalls, List<DeviceMessage> devices) {
    }

    record Answered(boolean answered) {
    }

    void register(RoutesConfig app) {
        app.get("/api/station", ctx -> json(ctx, state()));
        app.post("/api/help/{id}/answer", ctx -> {
            long id;
            try {
                id = Long.parseLong(ctx.pathParam("id"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a help call id is a number");
            }
            json(ctx, new Answered(station.helpDesk().answer(id, StaffServer.session(ctx).username())));
        });
    }

    StationMessage state() {
        List<HelpCallMessage> calls = station.helpDesk().open().stream().map(this::message).toList();
        List<DeviceMessage> devices = station.devices().get().entrySet().stream().map(this::device).toList();
        return new StationMessage(calls, devices);
    }

    private HelpCallMessage message(HelpCall call) {
        long waited = Math.max(0, Duration.between(call.calledAt(), clock.instant()).toSeconds());
        String source = messages.get("web.help.source." + call.source().name());
        return new HelpCallMessage(call.id(), call.station(), call.page(), call.source().name(),
                call.calledAt().toString(), waited, messages.get("web.help.banner", call.station(), call.page(),
                        source));
    }

    private DeviceMessage device(Map.Entry<String, DeviceStatus> e) {
        DeviceStatus s = e.getValue();
        String role = e.getKey().replace(' ', '-');
        String name = messages.has("web.device." + role) ? messages.get("web.device." + role) : e.getKey();
        boolean nearEnd = s.media() == MediaStatus.NEAR_END;
        boolean ok = s.state() == DeviceState.ONLINE && !nearEnd && s.media() != MediaStatus.OUT;
        String state;
        if (s.state() == DeviceState.ONLINE && nearEnd) {
            state = messages.get("web.device.reason.PAPER_NEAR_END");
        } else if (s.state() == DeviceState.ONLINE || s.state() == DeviceState.BUSY) {
            state = messages.get("web.device.ok");
        } else {
            String key = "web.device.reason." + s.reason().name();
            state = messages.has(key) ? messages.get(key) : s.reason().english();
        }
        return new DeviceMessage(role, name, ok, state);
    }

    private static void json(Context ctx, Object body) {
        StaffServer.noStore(ctx);
        ctx.contentType("application/json").result(WebJson.write(body));
    }
}
