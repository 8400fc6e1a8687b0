package org.xiangli.kiosk;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.xiangli.kiosk.devices.DeviceSet;
import org.xiangli.kiosk.devices.KeyBurstDetector;
import org.xiangli.kiosk.queue.screens.CallDisplayScreen;
import org.xiangli.kiosk.shell.CallScreenWindow;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.ops.TechnicianPin;
import org.xiangli.kiosk.ops.screens.NotSetUpScreen;
import org.xiangli.kiosk.ops.screens.SetupScreen;
import org.xiangli.kiosk.payments.store.DataKeySource;
import org.xiangli.kiosk.ops.JournalFormatter;
import org.xiangli.kiosk.ops.SystemdWatchdog;
import org.xiangli.kiosk.ops.ZeroTouchSetup;
import org.xiangli.kiosk.ui.CjkFonts;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.shell.KeyBurstFilter;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.ui.KioskWindow;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.shell.ToolkitWarmUp;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;
import org.xiangli.kiosk.store.StoreException;
import org.xiangli.kiosk.scenario.Scenario;
import org.xiangli.kiosk.scenario.ScenarioFiles;
import org.xiangli.kiosk.scenario.ScenarioParser;
import org.xiangli.kiosk.scenario.ScenarioRunner;
import org.xiangli.kiosk.scenario.ScenarioSyntaxException;
import org.xiangli.kiosk.scenario.TapTimings;

/** {@code java -jar kiosk.jar [--demo] [--data DIR] [--config FILE] [--headless] [--windowed]}. */
public final class KioskMain {

    private static final System.Logger LOG = System.getLogger(KioskMain.class.getName());
    /**
     * JavaFX's layout tracing (FINER) prints every label's text, an ID number or phone number on a keypad page
     * included: its loggers stay at INFO whatever level the rest of the log is turned up to. Held here, since JUL
     * forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private KioskMain() {
    }

    public static void main(String[] args) {
        StartTrace.mark("main");
        JournalFormatter.install(); // syslog priorities for journald under systemd, dated lines elsewhere
        StartTrace.mark("log formatter");
        int code = launch(System.out, args);
        if (closedAfterStart) {
            // --exit-after-start (benchmarks, checks): the store, devices and toolkit are closed and socat is gone,
            // so the JVM's own shutdown (hooks, handlers, compiler threads) has nothing left to do: ~20 ms saved on
            // a start that is measured to the end of the process.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Set once an --exit-after-start run closed everything it opened: main may end the process at once. */
    private static volatile boolean closedAfterStart;

    /** Exit codes: a scenario step did not hold. */
    public static final int SCENARIO_FAILED = 1;
    /** Exit codes: the command line (or the scenario file) cannot be used. */
    public static final int USAGE = 2;
    /** Exit codes: no config yet (outside --demo); the set-up screen was shown, or its instructions printed. */
    public static final int NOT_SET_UP = 5;

    /**
     * Runs the kiosk as {@code main} does and returns its exit code instead of exiting: 0 after a technician's exit
     * or a scenario whose every step held, {@link #SCENARIO_FAILED}, {@link #USAGE}, 3 for a bad config, 4 when it
     * cannot start, {@link #NOT_SET_UP} when a device has no config yet. A scenario run leaves the JavaFX toolkit
     * running (its caller may start the next one).
     *
     * @param out where the help and a scenario's report go (stdout); the log goes to stderr
     */
    public static int launch(PrintStream out, String... args) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.INFO);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (LaunchOptions.UsageException e) {
            System.err.println("kiosk: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            return USAGE;
        }
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            return 0;
        }
        Optional<Scenario> scenario;
        try {
            scenario = options.scenario().isEmpty() ? Optional.empty()
                    : Optional.of(ScenarioParser.parse(options.scenario().get().toString(),
                            ScenarioFiles.read(options.scenario().get())));
        } catch (IOException e) {
            System.err.println("kiosk: cannot read the scenario " + options.scenario().get() + ": " + e);
            return USAGE;
        } catch (ScenarioSyntaxException e) {
            System.err.println("kiosk: the scenario cannot be run:\n" + e.getMessage());
            return USAGE;
        }
        if (options.headless()) {
            // Must be set before the toolkit loads: JavaFX's built-in headless glass, software rendering.
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        StartTrace.mark("options parsed");
        // The one adapter to the JavaFX thread, for everything the kiosk runs.
        FxUi ui = new FxUi();
        Path configFile = ConfigLoader.locate(options.configFile());
        if (!options.demo() && !Files.isRegularFile(configFile)) {
            // Never the built-in defaults (the fictional demo station) on a device: set it up first.
            OptionalInt waited = SetUpPhase.awaitConfig(options, ui, configFile);
            if (waited.isPresent()) {
                return waited.getAsInt();
            }
        }
        // While the config is read (issue 18): SQLite's library, so the store's opening is only the file's; then
        // the JDK's crypto providers, which the payments key needs as the app is built (~30 ms on this thread).
        Thread.ofPlatform().name("store-driver").daemon().start(() -> {
            Database.loadDriver();
            CryptoProviders.warmUp();
        });
        // The toolkit starts on its own thread while the config is read and the store opens: each takes a few
        // hundred ms on a Pi (issue 18). It needs neither.
        ToolkitWarmUp warmUp = new ToolkitWarmUp();
        Thread toolkit = Thread.ofPlatform().name("fx-startup").start(() -> {
            FxUi.startToolkit();
            StartTrace.mark("toolkit started");
            ui.execute(() -> {
                warmUp.run();
                StartTrace.mark("toolkit warm-up begun");
            });
        });
        KioskConfig config;
        try {
            config = resolveConfigKeepingPin(options);
        } catch (ConfigException e) {
            System.err.println("kiosk: the config cannot be used:\n" + e.getMessage());
            return 3;
        } catch (IOException e) {
            System.err.println("kiosk: cannot read the config: " + e.getMessage());
            return 3;
        }
        StartTrace.mark("config read");
        try {
            return run(options, config, ui, toolkit, warmUp, scenario, out);
        } catch (StoreException | IllegalStateException e) {
            System.err.println("kiosk: cannot start: " + e.getMessage());
            return 4;
        }
    }

    static KioskConfig resolveConfig(LaunchOptions options) throws ConfigException, IOException {
        return withPinRule(options, resolveConfigKeepingPin(options));
    }

    /**
     * Outside demo mode the public demo PIN is taken out of the config. Finding out is a PBKDF2 of 60,000 rounds
     * (a new hash of 246810 counts too): seconds in a cold JVM on a Pi, so {@link #run} does it beside the store's
     * opening instead of before it (issue 18).
     */
    static KioskConfig withPinRule(LaunchOptions options, KioskConfig config) {
        return options.demo() ? config : TechnicianPin.refuseDemoPin(config);
    }

    private static KioskConfig resolveConfigKeepingPin(LaunchOptions options) throws ConfigException, IOException {
        KioskConfig config = ConfigLoader.loadApplicable(options.configFile());
        Path file = ConfigLoader.locate(options.configFile());
        LOG.log(Level.INFO, "config: {0}", Files.isRegularFile(file) ? file : "no file, built-in defaults");
        if (options.demo() && options.dataDir().isEmpty()) {
            config = config.withDataDir(Path.of(System.getProperty("user.home"), ".local", "share", "xiangli-demo"));
        }
        config = options.dataDir().map(config::withDataDir).orElse(config);
        // A scenario takes any free port unless told: scenarios may run side by side with a kiosk on the machine.
        config = options.staffPort().or(() -> options.scenario().map(f -> 0)).map(config::withStaffPort)
                .orElse(config);
        if (options.largeText()) {
            config = config.withLargeText(true);
        }
        if (options.windowed() || options.headless()) {
            config = config.withFullscreen(false);
        }
        if (options.windowSize().isPresent()) {
            int[] size = options.windowSize().get();
            config = config.withWindowSize(size[0], size[1]);
        }
        return config;
    }

    private static int run(LaunchOptions options, KioskConfig withAnyPin, FxUi ui, Thread toolkit,
                           ToolkitWarmUp warmUp, Optional<Scenario> scenario, PrintStream out) {
        Clock clock = options.clock(withAnyPin.station().timeZone());
        Instant startedAt = clock.instant();
        // The devices are made beside the store and switched on after the first frame, which needs only that they
        // exist (socat's ptys, driver threads, ports: the first frame came ~50 ms sooner on two cores, issue 18).
        StartupTask<DeviceSet> devicesOpening = StartupTask.start("devices-startup", () -> {
            DeviceSet set = DeviceSet.open(withAnyPin, options.demo(), clock);
            StartTrace.mark("devices made");
            return set;
        });
        Database db;
        try {
            db = Database.open(withAnyPin.dataDir().resolve("kiosk.db"));
        } catch (RuntimeException e) {
            devicesOpening.join().close();
            throw e;
        }
        StartTrace.mark("store open");
        KioskEventRepository events = new KioskEventRepository(db);
        // A device reads the root-only data key through systemd's LoadCredential=; demo mode makes its own.
        DataKeySource paymentsKeys = options.demo() ? DataKeySource.demo(withAnyPin.paymentsKeyFile())
                : DataKeySource.kiosk(withAnyPin.paymentsKeyFile(), System.getenv());
        DeviceSet devices = devicesOpening.join();
        KioskConfig config = withAnyPin;
        KioskApp app = new KioskApp(config, db, clock, ui, devices, paymentsKeys);
        StartTrace.mark("app built");
        // The PIN is the only part withPinRule may change, and only the technician's pad reads it: the pad waits
        // for the check, which runs after the first frame (60,000 PBKDF2 rounds: seconds on a cold, busy Pi).
        java.util.concurrent.CompletableFuture<String> pinHash = new java.util.concurrent.CompletableFuture<>();
        app.useTechnicianPinHash(pinHash::join);
        if (options.demo()) {
            app.loadDemoData();
        }
        StartTrace.mark("demo data");
        joinToolkit(toolkit);
        StartTrace.mark("toolkit joined");
        CountDownLatch exited = new CountDownLatch(1);
        Runnable exit = () -> {
            events.record(clock.instant(), "exit", options.exitAfterStart() ? "after start" : "technician");
            exited.countDown();
        };
        warmUp.pageStarting(); // before the hand-over: a warm-up step queued behind it must not run first
        Started started = ui.call(() -> {
            StartTrace.mark("home page begun, warm-up steps done: " + warmUp.stepsDone() + " of 4");
            StartTrace.markThreadTimes(); // what ran beside the JavaFX thread while the app was built
            String font = CjkFonts.requireFamily();
            StartTrace.mark("font");
            KioskShell shell = app.createShell(font, exit);
            StartTrace.mark("shell built");
            Scene scene = new Scene(shell.root(), config.display().width(), config.display().height());
            FirstFrame.show(options, config, ui, app, shell, scene, font, exit);
            warmUp.release();
            return new Started(shell, scene);
        });
        // After the first frame, off its path: the villager's screen comes before the start's record, the staff's
        // console, the content feed and the county link (issue 18).
        java.util.concurrent.CompletableFuture<Void> pagesWarm = new java.util.concurrent.CompletableFuture<>();
        Runnable afterFirstFrame = () -> {
            devices.begin();
            // The pages a villager opens next, built once off screen while nobody touches yet (PageWarmUp).
            ui.call(started.shell()::warmUpPages).whenComplete((done, failed) -> pagesWarm.complete(null));
            // The printer's first run (the simulator's drawing too) and the queue's reads, before a first ticket.
            try {
                devices.warmUp();
                app.warmUpTickets();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "queue warm-up skipped: {0}", e.toString());
            }
            try {
                pinHash.complete(withPinRule(options, config).technician().pinHash());
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "the technician PIN cannot be checked; the technician menu stays locked", e);
                pinHash.complete("");
            }
            events.record(startedAt, "start", options.demo() ? "demo" : "device");
            app.startContentUpdates(progress -> ui.execute(() -> started.shell().showContentImport(progress)),
                    () -> ui.execute(started.shell()::refreshBanners));
            if (options.aotTraining()) {
                // Every class the training run loads is loaded again before main at each start (JDK 25 links the
                // cache's classes ahead): the console's web stack and the county link are ~1,400 classes that no
                // villager's screen needs, and they start after the first frame anyway (issue 18).
                return;
            }
            app.startStaffConsole("0.0.0.0", options.demo());
            // The county hub (issue 16), when [fleet] is configured: restart = exit, and systemd starts us again.
            app.startFleet(new KioskFleetActions(app, ui, started.shell(), started.scene(), () -> {
                events.record(clock.instant(), "exit", "restart asked by the county");
                exited.countDown();
            }), Optional.of(ConfigLoader.locate(options.configFile())).filter(Files::isRegularFile));
        };
        // Then one collection: the start's garbage is old, and Serial GC collects it only when full (~100 ms under a
        // touch); the heap shrinks to what the idle kiosk keeps (-XX:-ShrinkHeapInSteps). A scenario's villager (and
        // the AOT cache's training walk) comes after that, as one at a station does, seconds after a start.
        Runnable settle = () -> {
            afterFirstFrame.run();
            try {
                pagesWarm.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.log(Level.WARNING, "the pages were not built ahead in 30 s; the kiosk goes on without them");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.gc();
        };
        if (scenario.isPresent()) {
            settle.run();
            return runScenario(scenario.get(), app, ui, started.shell(), started.scene(), out);
        }
        // --exit-after-start (benchmarks, checks): the first frame was the point; nothing else is started.
        StartupTask<Void> services = options.exitAfterStart() ? StartupTask.done()
                : StartupTask.start("after-first-frame", () -> {
                    settle.run();
                    return null;
                });
        // Under systemd: READY=1 now the home page is up, then WATCHDOG=1 while the UI thread stays alive.
        Optional<SystemdWatchdog> watchdog = SystemdWatchdog.fromEnvironment(System.getenv(), ui);
        watchdog.ifPresent(w -> w.start(app.workers().timer("systemd-watchdog")));
        if (options.exitAfterStart()) {
            ui.run(() -> { });
            events.record(startedAt, "start", options.demo() ? "demo" : "device");
            exit.run();
        }
        try {
            exited.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // An exit in the first seconds waits for what started after the first frame, so close() closes it all.
        services.join();
        // The start of shutdown: the process ends within 0.5 s of this line (KioskExitTimeTest).
        LOG.log(Level.INFO, "kiosk stopping");
        StartTrace.mark("stopping");
        watchdog.ifPresent(SystemdWatchdog::close);
        // The devices go with the app: it owns them.
        app.close();
        StartTrace.mark("app closed");
        Platform.exit();
        StartTrace.mark("toolkit exited");
        StartTrace.print();
        closedAfterStart = options.exitAfterStart();
        return 0;
    }

    /** Runs the scenario's steps on this thread, reports on stdout, closes the kiosk and returns the exit code. */
    private static int runScenario(Scenario scenario, KioskApp app, FxUi ui, KioskShell shell, Scene scene,
                                   PrintStream out) {
        ScenarioRunner.Kiosk kiosk = new ScenarioRunner.Kiosk(ui, scene, shell, app.demoDevices(),
                app::urgentBanner, app.workers(), new ScenarioStaff(app));
        out.println("scenario " + scenario.name() + ": " + scenario.lines().size() + " steps");
        ScenarioRunner.Result result;
        try {
            result = new ScenarioRunner(kiosk, out, TapTimings.fromSystemProperty()).run(scenario);
        } finally {
            ui.run(shell::stop);
            app.close();
        }
        if (result.passed()) {
            out.println("scenario " + scenario.name() + ": all " + result.held() + " steps held");
            return 0;
        }
        out.println(result.failure().orElseThrow().describe(scenario.name()));
        return SCENARIO_FAILED;
    }

    private record Started(KioskShell shell, Scene scene) {
    }

    private static void joinToolkit(Thread toolkit) {
        try {
            toolkit.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX started", e);
        }
        // startToolkit is idempotent: if the thread died on an error, this call reports it here.
        FxUi.startToolkit();
    }

}
