package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.staff.PasswordHashing;
import org.xiangli.kiosk.staff.Pbkdf2Passwords;
import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffRole;
import org.xiangli.kiosk.staff.StaffSessions;


import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.kiosk.queue.TicketCodes;
import org.xiangli.kiosk.staff.HelpCallRepository;
import org.xiangli.kiosk.staff.HelpDesk;
import java.time.Instant;
import java.util.Locale;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.QueueSettingsRepository;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.ServiceWindowRepository;
import org.xiangli.kiosk.i18n.Messages;

/** A staff console on loopback with a fresh queue and two accounts: staff "wang" and admin "li". */
public final class StaffServerFixture implements AutoCloseable {

    public static final String PASSWORD = "correct-horse-7";
    /** A cheap cost: the tests log in often, and the standard cost is the same code with a bigger number. */
    public static final PasswordHashing PASSWORDS = new Pbkdf2Passwords(1000);

    public final QueueFixture queue;
    public final StaffAccountRepository accounts;
    public final ServiceGuideRepository guide;
    public final QueueAdmin admin;
    public final CallBoard board;
    public final StaffServer server;
    /** Calls for staff from kiosk DEMO-001, as the kiosk records them. */
    public final HelpDesk helpDesk;
    /** The tickets' phone links (/t/CODE). */
    public final TicketCodes codes;
    /** What the console shows as the devices' states; tests put statuses here. */
    public final Map<String, DeviceStatus> devices = new ConcurrentHashMap<>();

    public StaffServerFixture(Path dir) {
        this(dir, QueueFixture.SERVICES);
    }

    public StaffServerFixture(Path dir, java.util.List<org.xiangli.kiosk.queue.ServiceItem> services) {
        this(dir, services, null);
    }

    /** With {@code tls}, the console listens on HTTPS and plain HTTP only redirects. */
    public StaffServerFixture(Path dir, StaffTls tls) {
        this(dir, QueueFixture.SERVICES, tls);
    }

    private StaffServerFixture(Path dir, java.util.List<org.xiangli.kiosk.queue.ServiceItem> services,
                               StaffTls tls) {
        this(dir, services, tls, Optional.empty());
    }

    /** With {@code demoPassword}, the login page says the demo accounts' password (demo mode). */
    public StaffServerFixture(Path dir, Optional<String> demoPassword) {
        this(dir, QueueFixture.SERVICES, null, demoPassword);
    }

    private StaffServerFixture(Path dir, java.util.List<org.xiangli.kiosk.queue.ServiceItem> services,
                               StaffTls tls, Optional<String> demoPassword) {
        queue = new QueueFixture(dir, Instant.now(), services);
        accounts = new StaffAccountRepository(queue.db);
        accounts.add("wang", StaffLogin.hash(PASSWORD, PASSWORDS), StaffRole.STAFF, Instant.now());
        accounts.add("li", StaffLogin.hash(PASSWORD, PASSWORDS), StaffRole.ADMIN, Instant.now());
        guide = queue.guide;
        admin = new QueueAdmin(guide, new ServiceWindowRepository(queue.db), new QueueSettingsRepository(queue.db),
                queue.queue);
        board = new CallBoard(queue.queue).start();
        helpDesk = new HelpDesk(new HelpCallRepository(queue.db), "DEMO-001", queue.clock);
        codes = new TicketCodes(queue.repository, queue.queue, queue.clock);
        devices.put("printer", DeviceStatus.online());
        StaffServer staff = new StaffServer(queue.queue, board, admin, accounts,
                new StaffSessions(accounts, queue.clock), PASSWORDS, new Messages(Locale.SIMPLIFIED_CHINESE),
                "青石村综合服务站", queue.clock, new StationSide(helpDesk, codes, () -> Map.copyOf(devices),
                        demoPassword));
        server = tls == null ? staff.start("127.0.0.1", 0) : staff.start("127.0.0.1", 0, 0, tls);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public String httpsUrl(String path) {
        return "https://127.0.0.1:" + server.httpsPort() + path;
    }

    @Override
    public void close() {
        server.close();
        board.close();
        queue.close();
    }

    /** A console's station side with no calls, no devices and no demo accounts, for tests that make their own server. */
    static StationSide quietStation(QueueFixture queue) {
        return new StationSide(new HelpDesk(new HelpCallRepository(queue.db), "DEMO-001", queue.clock),
                new TicketCodes(queue.repository, queue.queue, queue.clock), Map::of, java.util.Optional.empty());
    }
}
