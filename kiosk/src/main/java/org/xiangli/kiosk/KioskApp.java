package org.xiangli.kiosk;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xiangli.hal.audio.Microphone;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.content.sync.BundleDownloader;
import org.xiangli.kiosk.content.sync.ContentStatusReader;
import org.xiangli.kiosk.content.sync.ContentUpdates;
import org.xiangli.kiosk.content.sync.DownloadLimits;
import org.xiangli.kiosk.content.sync.FeedSync;
import org.xiangli.kiosk.content.sync.UsbImportProgress;
import org.xiangli.kiosk.content.sync.UsbStickWatcher;
import org.xiangli.kiosk.demo.DemoData;
import org.xiangli.kiosk.devices.DemoDeviceControls;
import org.xiangli.kiosk.devices.DeviceSet;
import org.xiangli.kiosk.devices.GpioWiring;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.errands.ErrandView;
import org.xiangli.kiosk.fleet.FleetActions;
import org.xiangli.kiosk.fleet.FleetClient;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.ops.TechnicianPin;
import org.xiangli.kiosk.ops.TechnicianPinRepository;
import org.xiangli.kiosk.payments.PaymentsContext;
import org.xiangli.kiosk.payments.PaymentsLookups;
import org.xiangli.kiosk.payments.PaymentsModule;
import org.xiangli.kiosk.payments.StatementPrinter;
import org.xiangli.kiosk.payments.store.DataKeySource;
import org.xiangli.kiosk.queue.CallAnnouncer;
import org.xiangli.kiosk.queue.CallBoard;
import org.xiangli.kiosk.queue.QueueAdmin;
import org.xiangli.kiosk.queue.QueuePolicy;
import org.xiangli.kiosk.queue.QueueRepository;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.QueueSettingsRepository;
import org.xiangli.kiosk.queue.RatingPrompt;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.ServiceWindowRepository;
import org.xiangli.kiosk.queue.TicketCodes;
import org.xiangli.kiosk.queue.TicketDesk;
import org.xiangli.kiosk.queue.screens.RatingScreen;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.satisfaction.StationSatisfaction;
import org.xiangli.kiosk.shell.DemoDevicesPanel;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.ShellContext;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.staff.DemoStaffAccounts;
import org.xiangli.kiosk.staff.HelpCallRepository;
import org.xiangli.kiosk.staff.HelpDesk;
import org.xiangli.kiosk.staff.web.StaffServer;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.work.Workers;

/**
 * Wires the kiosk together from a config, an open store, the UI adapter and the devices: repositories, domain
 * services, speech, background workers and the shell. The one place that knows every part; tests build it the same
 * way the kiosk does. It owns what it is given: closing it closes the devices and the store.
 */
public final class KioskApp implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KioskApp.class.getName());
    /** How long a villager may rate a finished service before it counts as not rated. */
    private static final Duration RATING_TIME = Duration.ofSeconds(30);

    private final KioskConfig config;
    private final Database db;
    private final Clock clock;
    private final FxUi ui;
    private final DeviceSet devices;
    /** Every background thread of the kiosk's services; tests await them instead of sleeping. */
    private final Workers workers = new Workers();
    private final ContentRepository contentRepository;
    private final ServiceGuideRepository serviceGuide;
    private final Speech speech;
    private ContentUpdates contentUpdates;
    /** What the screen does when content changed (its banners); set by startContentUpdates. */
    private volatile Runnable contentApplied = () -> { };
    /** Empty when the data key cannot be read: the kiosk runs on, its payments tile says "暂不可用". */
    private final Optional<PaymentsModule> payments;
    /** Payments lookups run on workers, off the UI thread; results come back through FxUi. */
    private final PaymentsLookups paymentsLookups;
    private StatementPrinter statementPrinter;
    private Supplier<String> technicianPinHash;

    /** A village link may be slow, but a server that does not answer in a minute is not going to. */
    private static final Duration FEED_TIMEOUT = Duration.ofSeconds(60);
    private final QueueService queue;
    private final TicketDesk ticketDesk;
    private final QueueAdmin queueAdmin;
    private StaffServer staffServer;
    /** The link to the county hub; null without [fleet] or when its credential is missing. */
    private FleetClient fleet;
    /** What the call displays show, on the second HDMI screen and on /display alike. */
    private final CallBoard callBoard;
    /** 呼叫工作人员: calls for staff, recorded in the store; every logged-in staff console rings and answers them. */
    private final HelpDesk helpDesk;
    /** The unguessable codes of the tickets' phone links. */
    private final TicketCodes ticketCodes;
    /** Where villagers' phones reach the station: the ticket QR's links. */
    private final PhoneLinks phoneLinks;
    /** 代办, 诉求·意见 and the published satisfaction, with their microphone; none without a data key. */
    private final StationDesks station;
    /** The simulators' controls (the demo devices drawer, scenario scripts); empty with hardware. */
    private final Optional<DemoDeviceControls> demoDevices;

    /** No devices (tickets show on screen) and demo payments keys: the screens alone, in tests. */
    public KioskApp(KioskConfig config, Database db, Clock clock, FxUi ui) {
        this(config, db, clock, ui, DeviceSet.none(config), DataKeySource.demo(config.paymentsKeyFile()));
    }

    /**
     * @param ui          the one adapter to the JavaFX thread
     * @param devices     the devices {@link DeviceSet#start} chose from the config
     * @param paymentsKeys where the payments data key comes from ({@link DataKeySource#kiosk} on a device,
     *                    {@link DataKeySource#demo} in demo mode and tests)
     */
    public KioskApp(KioskConfig config, Database db, Clock clock, FxUi ui, DeviceSet devices,
            DataKeySource paymentsKeys) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.ui = ui;
        this.devices = devices;
        this.statementPrinter = devices.statementPrinter();
        this.technicianPinHash = () -> config.technician().pinHash();
        this.paymentsLookups = new PaymentsLookups(ui, workers.pool("payments-lookup", PaymentsLookups.WORKERS,
                PaymentsLookups.QUEUED));
        this.contentRepository = new ContentRepository(db);
        this.serviceGuide = new ServiceGuideRepository(db);
        this.speech = new Speech(config.display().language());
        // A missing voice is a device fault: on the fault LED and in the fleet state with the others.
        devices.report("voice", speech::status);
        KioskConfig.Queue q = config.queue();
        this.queue = new QueueService(new QueueRepository(db), serviceGuide::serving, new QueuePolicy(
                config.station().timeZone(), q.priorityAge(), q.maxPriorityStreak(), q.defaultServiceTime(),
                RATING_TIME), clock);
        this.queueAdmin = new QueueAdmin(serviceGuide, new ServiceWindowRepository(db),
                new QueueSettingsRepository(db), queue);
        queueAdmin.applyStoredRules();
        this.callBoard = new CallBoard(queue).start();
        this.queue.addListener(new CallAnnouncer(new Messages(config.display().language()), speech::announce));
        this.ticketCodes = new TicketCodes(new QueueRepository(db), queue, clock);
        this.phoneLinks = new PhoneLinks(config.staff(), ticketCodes);
        // The ticket's QR opens its phone status page on the station's network (/t/CODE, see staff.web).
        this.ticketDesk = new TicketDesk(queue, devices.ticketPrinter(), config.station().code(),
                config.station().name(), workers.inOrder("ticket-desk"),
                phoneLinks::of);
        this.payments = openPayments(config, db, clock, paymentsKeys);
        this.helpDesk = new HelpDesk(new HelpCallRepository(db), config.station().code(), clock);
        this.station = new StationDesks(config, db, clock, payments, queue, devices, workers);
        this.demoDevices = devices.simulators().map(simulators -> new DemoDeviceControls(simulators,
                config.station().code(), LocalDate.now(clock)));
    }

    private static Optional<PaymentsModule> openPayments(KioskConfig config, Database db, Clock clock,
            DataKeySource keys) {
        try {
            return Optional.of(PaymentsModule.open(config, db, clock, keys));
        } catch (IllegalStateException e) {
            LOG.log(Level.ERROR, "payments lookup is unavailable: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    public void loadDemoData() {
        new DemoData(contentRepository, serviceGuide).loadIfEmpty();
        queue.servicesChanged();
        payments.ifPresent(PaymentsModule::loadDemoIfEmpty);
    }

    /**
     * Demo and scenario scripts: the demo's urgent notice shows (on) or no urgent notice does (off), changed in the
     * store as an import would; the shell shows it after {@link KioskShell#refreshBanners()}.
     */
    public void urgentBanner(boolean on) {
        new DemoData(contentRepository, serviceGuide).urgentBanner(on, LocalDate.now(clock));
    }

    /** The simulated devices' controls (lay a card, scan, set the printer); empty when the devices are real. */
    public Optional<DemoDeviceControls> demoDevices() {
        return demoDevices;
    }

    /** The payments feature; throws when it is unavailable (no data key), see {@link #paymentsAvailable()}. */
    public PaymentsModule payments() {
        return payments.orElseThrow(() -> new IllegalStateException("payments lookup is unavailable: no data key"));
    }

    public boolean paymentsAvailable() {
        return payments.isPresent();
    }

    public PaymentsLookups paymentsLookups() {
        return paymentsLookups;
    }

    /**
     * Where the technician's pad reads the PIN hash from; by default the config's. Call before
     * {@link #createShell}: KioskMain hands in the demo-PIN check it finishes after the first frame.
     */
    public void useTechnicianPinHash(Supplier<String> pinHash) {
        this.technicianPinHash = pinHash;
    }

    /** Where printed statements go instead of the devices' printer (tests capture them here). */
    public void useStatementPrinter(StatementPrinter printer) {
        this.statementPrinter = printer;
    }

    /**
     * Starts the staff console and call display on {@code staff.port} (all interfaces: staff reach it over the
     * station LAN), or with {@code staff.tls_cert}/{@code staff.tls_key} on HTTPS at {@code staff.https_port} with
     * {@code staff.port} redirecting. A port already in use or a TLS file that is wrong is logged and the kiosk runs
     * on without the console (never falling back to plain HTTP).
     */
    public void startStaffConsole(String host) {
        startStaffConsole(host, false);
    }

    /**
     * As {@link #startStaffConsole(String)}; with {@code demo} the demo staff accounts exist (admin and staff, the
     * password on the login page), without it they are removed ({@link DemoStaffAccounts}).
     */
    public void startStaffConsole(String host, boolean demo) {
        staffServer = StaffConsoleStart.start(this, host, demo).orElse(null);
        if (staffServer != null) {
            // Port 0 (scenarios, tests) took a free port: the links name the one taken.
            phoneLinks.consoleStarted(staffServer.port());
        }
    }

    /**
     * Builds the shell and connects the devices to it: their events go to its router, the GPIO's presence sensor
     * and help button to the shell, the call buttons to the queue, and with simulated devices the demo devices
     * drawer drives the simulators. Call once, on the JavaFX thread.
     */
    public KioskShell createShell(String fontFamily, Runnable onTechnicianExit) {
        ContentLibrary library = new ContentLibrary(contentRepository, clock);
        KioskEventRepository openLog = new KioskEventRepository(db);
        Executor openWriter = workers.inOrder("content-opens");
        library.countOpensWith(id -> {
            Instant at = clock.instant();
            openWriter.execute(() -> openLog.record(at, ContentLibrary.EVENT_OPENED, id));
        });
        ShellContext context = new ShellContext(config, clock, ui, library,
                serviceGuide, speech, payments.map(p -> new PaymentsContext(p.desk(), paymentsLookups,
                        this::printStatement, ui, config.payments().idle(),
                        config.station().name(), clock)), fontFamily, onTechnicianExit,
                ticketDesk, new ContentStatusReader(contentRepository, new KioskEventRepository(db)),
                new TechnicianPin(technicianPinHash, new TechnicianPinRepository(db),
                        technicianEvents()), helpDesk,
                workers.inOrder("help-calls"), station.pages(ui, speech, this::printStatement));
        KioskShell shell = new KioskShell(context);
        watchPickupCalls(names -> ui.execute(() -> shell.showPickupCalls(names)));
        queue.addListener(new RatingPrompt(queue, ui, () -> shell.depth() == 1 && !shell.isAttractShowing(),
                pending -> shell.open(new RatingScreen(shell.messages(), queue, pending, shell::goHome,
                        shell.portrait()))));
        devices.route(shell.deviceEvents());
        devices.wireGpio(new GpioWiring.Sink() {
            @Override
            public void personApproached() {
                shell.onPresence();
            }

            @Override
            public void helpPressed() {
                shell.onHelpButton();
            }
        }, ui, queue, workers);
        demoDevices.ifPresent(controls -> shell.enableDemoDevices(
                (messages, close) -> new DemoDevicesPanel(messages, controls, ui, close).node()));
        return shell;
    }

    /**
     * Starts polling the content feed (if configured) and watching for USB sticks, on a background thread of
     * its own. {@code progress} and {@code onApplied} are called on that thread: hand them to the UI through FxUi.
     */
    public void startContentUpdates(Consumer<UsbImportProgress> progress, Runnable onApplied) {
        KioskConfig.Content c = config.content();
        TrustedKeys trusted = TrustedKeys.parse(c.trustedKeys());
        KioskEventRepository events = new KioskEventRepository(db);
        BundleImporter importer = new BundleImporter(contentRepository, events, trusted, config.station().code(),
                BundleLimits.DEFAULT, clock);
        Path work = config.dataDir().resolve("content-sync");
        Optional<FeedSync> feed = c.feedUrl().isEmpty() ? Optional.empty() : Optional.of(new FeedSync(
                URI.create(c.feedUrl()), new BundleDownloader(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(FEED_TIMEOUT).build(), work,
                        new DownloadLimits(FEED_TIMEOUT, c.downloadStall(), c.downloadMax(), c.maxBundleBytes())),
                importer, events, work, clock));
        contentApplied = onApplied;
        contentUpdates = new ContentUpdates(workers.timer("content-updates"), feed,
                new UsbStickWatcher(c.usbRoot(), importer, progress),
                c.pollEvery(), onApplied);
        contentUpdates.start();
    }

    /**
     * Starts the link to the county hub when {@code [fleet]} is configured (issue 16): state, telemetry and events
     * go out in the background, signed commands come in and run {@code actions}. A missing credential or county key
     * file is logged and the kiosk runs on without it. {@code configFile} is where config-set writes (empty: none).
     */
    public void startFleet(FleetActions actions, Optional<Path> configFile) {
        fleet = FleetStart.start(this, actions, configFile).orElse(null);
    }

    /** Polls the content feed now (the county's sync-now); throws when there is no feed. */
    public void syncContentNow() {
        if (contentUpdates == null) {
            throw new IllegalStateException("content updates have not started");
        }
        contentUpdates.syncNow();
    }

    /** Accepted PINs and lockouts go to the kiosk's event log (off the UI thread); the fleet reports them. */
    private Consumer<TechnicianPin.Result> technicianEvents() {
        KioskEventRepository events = new KioskEventRepository(db);
        Executor writer = workers.inOrder("technician-events");
        return result -> {
            Instant at = clock.instant();
            writer.execute(() -> events.record(at, result == TechnicianPin.Result.ACCEPTED
                    ? TechnicianPin.EVENT_LOGIN : TechnicianPin.EVENT_LOCKOUT, ""));
        };
    }

    /**
     * The pickup call (the masked names of finished errands), told to {@code shown} off the UI thread at once and
     * after every change of the errands: the home banner and the HDMI call screen show it. Nothing without errands.
     */
    public void watchPickupCalls(java.util.function.Consumer<List<String>> shown) {
        station.watchPickupCalls(shown);
    }

    /**
     * The call board both call displays show: the second HDMI screen watches it ({@link CallBoard#watch}; the
     * watcher is called on the queue's thread, so hand each state to the UI thread), the staff console's
     * {@code /display} feeds from it.
     */
    public CallBoard callBoard() {
        return callBoard;
    }

    /**
     * Runs, without issuing anything, what the first ticket would otherwise pay for: the queue's reads
     * ({@link QueueService#warmUp}) and the phone links' key. Call after the first frame.
     */
    public void warmUpTickets() {
        queue.warmUp();
        phoneLinks.warmUp();
    }

    /** Where the kiosk's tickets are taken and printed (tests, scenarios). */
    public TicketDesk ticketDesk() {
        return ticketDesk;
    }

    /** The staff console's plain-HTTP port, once it started (-1 before, or when it could not start). */
    public int staffPort() {
        return staffServer == null ? -1 : staffServer.port();
    }

    /** Prints an errand's receipt on the kiosk's printer, as the console does at registration. */
    public CompletableFuture<PrintResult> printErrandReceipt(ErrandView view) {
        return station.printErrandReceipt(view, this::printStatement);
    }

    /** 代办: staff register and move errands in the console; empty without a data key. */
    public Optional<ErrandDesk> errands() {
        return station.errands();
    }

    /** 诉求·意见; empty without a data key. */
    public Optional<RequestDesk> requests() {
        return station.requests();
    }

    public Optional<StationSatisfaction> satisfaction() {
        return station.satisfaction();
    }

    /** The microphone voice messages are recorded with (the simulator's switch in demo mode and tests). */
    public Microphone microphone() {
        return station.microphone();
    }

    Clock clock() {
        return clock;
    }

    QueueAdmin queueAdmin() {
        return queueAdmin;
    }

    TicketCodes ticketCodes() {
        return ticketCodes;
    }

    ContentRepository contentRepository() {
        return contentRepository;
    }

    /** Content changed outside the feed and USB sticks (a station notice): the screen's banners show it. */
    void contentChanged() {
        contentApplied.run();
    }

    /** A statement, receipt or errand slip on the kiosk's printer (or where {@link #useStatementPrinter} said). */
    CompletableFuture<PrintResult> printStatement(org.xiangli.hal.printer.Receipt receipt) {
        return statementPrinter.print(receipt);
    }

    public Database database() {
        return db;
    }

    /** Calls for staff from this kiosk: the staff console answers them (and will ring for them). */
    public HelpDesk helpDesk() {
        return helpDesk;
    }

    public KioskConfig config() {
        return config;
    }

    public QueueService queue() {
        return queue;
    }

    public DeviceSet devices() {
        return devices;
    }

    /** The background threads of the kiosk's services: tests await {@link Workers#awaitIdle} on them. */
    public Workers workers() {
        return workers;
    }

    @Override
    public void close() {
        if (fleet != null) {
            fleet.close();
        }
        if (contentUpdates != null) {
            contentUpdates.close();
        }
        if (staffServer != null) {
            staffServer.close();
        }
        callBoard.close();
        devices.close();
        workers.close();
        speech.close();
        db.close();
    }
}
