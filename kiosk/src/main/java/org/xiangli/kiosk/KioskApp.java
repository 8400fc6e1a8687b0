package org.xiangli.kiosk;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.demo.DemoData;
import org.xiangli.kiosk.queue.CallAnnouncer;
import org.xiangli.kiosk.queue.QueuePolicy;
import org.xiangli.kiosk.queue.QueueRepository;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.RatingPrompt;
import org.xiangli.kiosk.queue.RatingScreen;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.TicketDesk;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.shell.FxUi;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.Messages;
import org.xiangli.kiosk.shell.ShellContext;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.staff.StaffAccountRepository;
import org.xiangli.kiosk.staff.StaffLogin;
import org.xiangli.kiosk.staff.StaffServer;
import org.xiangli.kiosk.staff.StaffSessions;
import org.xiangli.kiosk.store.Database;

/**
 * Wires the kiosk together from a config and an open store: repositories, domain services, speech and the shell.
 * The one place that knows every part; tests build it the same way the kiosk does.
 */
public final class KioskApp implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KioskApp.class.getName());
    /** How long a villager may rate a finished service before it counts as not rated. */
    private static final Duration RATING_TIME = Duration.ofSeconds(30);

    private final KioskConfig config;
    private final Database db;
    private final Clock clock;
    private final ContentRepository contentRepository;
    private final ServiceGuideRepository serviceGuide;
    private final Speech speech;
    private final QueueService queue;
    private final TicketDesk ticketDesk;
    private StaffServer staffServer;

    public KioskApp(KioskConfig config, Database db, Clock clock) {
        this(config, db, clock, TicketPrinter.NONE);
    }

    /** {@code printer}: the receipt printer's HAL wiring; {@link TicketPrinter#NONE} shows tickets on screen. */
    public KioskApp(KioskConfig config, Database db, Clock clock, TicketPrinter printer) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.contentRepository = new ContentRepository(db);
        this.serviceGuide = new ServiceGuideRepository(db);
        this.speech = new Speech(config.display().language());
        KioskConfig.Queue q = config.queue();
        this.queue = new QueueService(new QueueRepository(db), serviceGuide::all, new QueuePolicy(
                config.station().timeZone(), q.priorityAge(), q.maxPriorityStreak(), q.defaultServiceTime(),
                RATING_TIME), clock);
        this.queue.addListener(new CallAnnouncer(new Messages(config.display().language()), speech::announce));
        this.ticketDesk = new TicketDesk(queue, printer, config.station().code(), config.station().name());
    }

    public void loadDemoData() {
        new DemoData(contentRepository, serviceGuide).loadIfEmpty();
    }

    /**
     * Starts the staff console and call display on {@code staff.port} (all interfaces: staff reach it over the
     * station LAN). A port already in use is logged and the kiosk runs on without the console.
     */
    public void startStaffConsole(String host) {
        StaffServer server = new StaffServer(queue, new StaffLogin(new StaffAccountRepository(db), clock),
                new StaffSessions(clock), new Messages(config.display().language()), config.station().name(), clock);
        try {
            staffServer = server.start(host, config.staff().port());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the staff console cannot listen on port " + config.staff().port()
                    + "; the kiosk runs without it", e);
            server.close();
        }
    }

    /** Builds the shell; call on the JavaFX thread. */
    public KioskShell createShell(String fontFamily, Runnable onTechnicianExit) {
        ShellContext context = new ShellContext(config, clock, new ContentLibrary(contentRepository, clock),
                serviceGuide, speech, fontFamily, onTechnicianExit, ticketDesk);
        KioskShell shell = new KioskShell(context);
        queue.addListener(new RatingPrompt(queue, new FxUi(), () -> shell.depth() == 1 && !shell.isAttractShowing(),
                pending -> shell.open(new RatingScreen(shell.messages(), queue, pending, shell::goHome))));
        return shell;
    }

    public Database database() {
        return db;
    }

    public QueueService queue() {
        return queue;
    }

    @Override
    public void close() {
        if (staffServer != null) {
            staffServer.close();
        }
        ticketDesk.close();
        speech.close();
        db.close();
    }
}
