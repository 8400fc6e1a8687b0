package org.xiangli.kiosk;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.notice.StationNotices;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.staff.DemoStaffAccounts;
import org.xiangli.kiosk.staff.Pbkdf2Passwords;
import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffSessions;
import org.xiangli.kiosk.staff.web.StaffServer;
import org.xiangli.kiosk.staff.web.StaffTls;
import org.xiangli.kiosk.staff.web.StationSide;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * The staff console and call display of a built kiosk ({@link KioskApp#startStaffConsole}): the queue's windows and
 * rules, the station notices, the station services' desks and the card reader, on plain HTTP or on HTTPS with the
 * plain port redirecting. It starts after the first frame, off the villager's path.
 */
final class StaffConsoleStart {

    private static final System.Logger LOG = System.getLogger(StaffConsoleStart.class.getName());

    private StaffConsoleStart() {
    }

    /**
     * The started console, or empty when a port is in use or a TLS file is wrong: that is logged and the kiosk runs
     * on without the console (never falling back to plain HTTP). With {@code demo} the demo staff accounts exist,
     * without it they are removed ({@link DemoStaffAccounts}).
     */
    static Optional<StaffServer> start(KioskApp app, String host, boolean demo) {
        KioskConfig config = app.config();
        KioskConfig.Staff staff = config.staff();
        StaffAccountRepository accounts = new StaffAccountRepository(app.database());
        DemoStaffAccounts.apply(accounts, demo, app.clock());
        StaffServer server = new StaffServer(app.queue(), app.callBoard(), app.queueAdmin(), accounts,
                new StaffSessions(accounts, app.clock()), Pbkdf2Passwords.STANDARD,
                new Messages(config.display().language()), config.station().name(), app.clock(),
                new StationSide(app.helpDesk(), app.ticketCodes(), app.devices()::statuses,
                        demo ? Optional.of(DemoStaffAccounts.PASSWORD) : Optional.empty()));
        // Station notices (issue 17): signed with this station's own key, shown at once.
        server.withNotices(new StationNotices(config.dataDir().resolve("station-key"),
                config.station().code(), app.contentRepository(), new KioskEventRepository(app.database()),
                app.clock()), app::contentChanged, app.clock());
        app.errands().ifPresent(e -> app.requests().ifPresent(r -> app.satisfaction().ifPresent(s ->
                server.stationServices(e, r, s, app::printStatement, app.clock(),
                        app.devices().cardReader().<Function<Duration, CompletableFuture<IdentityCard>>>map(
                                reader -> reader::nextCard).orElse(null)))));
        try {
            StaffServer started;
            if (staff.https()) {
                if (staff.tlsCert().isEmpty() || staff.tlsKey().isEmpty()) {
                    throw new IllegalArgumentException("staff.tls_cert and staff.tls_key are set together or not at "
                            + "all");
                }
                StaffTls tls = StaffTls.load(Path.of(staff.tlsCert()), Path.of(staff.tlsKey()));
                started = server.start(host, staff.port(), staff.httpsPort(), tls);
            } else {
                started = server.start(host, staff.port());
            }
            return Optional.of(started);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the staff console cannot start (port " + staff.port()
                    + (staff.https() ? ", HTTPS port " + staff.httpsPort() : "") + "): " + e.getMessage()
                    + "; the kiosk runs without it", e);
            server.close();
            return Optional.empty();
        }
    }
}
