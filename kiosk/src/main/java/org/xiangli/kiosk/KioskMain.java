package org.xiangli.kiosk;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.xiangli.hal.demo.DemoDevices;
import org.xiangli.hal.gpio.GpioBoard;
import org.xiangli.hal.gpio.GpioPins;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.kiosk.devices.DemoDeviceControls;
import org.xiangli.kiosk.devices.HardwareDevices;
import org.xiangli.kiosk.shell.DemoDevicesPanel;
import org.xiangli.kiosk.devices.KeyBurstDetector;
import org.xiangli.kiosk.devices.KioskDevices;
import org.xiangli.kiosk.devices.GpioWiring;
import org.xiangli.kiosk.shell.ShellSink;
import org.xiangli.kiosk.queue.screens.CallDisplayScreen;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.shell.CallScreenWindow;
import org.xiangli.kiosk.queue.TicketReceiptLayout;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.ops.screens.SetupScreen;
import org.xiangli.kiosk.payments.store.DataKeySource;
import org.xiangli.kiosk.ops.SystemdWatchdog;
import org.xiangli.kiosk.ops.ZeroTouchSetup;
import org.xiangli.kiosk.ui.CjkFonts;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.shell.KeyBurstFilter;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.ui.KioskWindow;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;
import org.xiangli.kiosk.store.StoreException;

/** {@code java -jar kiosk.jar [--demo] [--data DIR] [--config FILE] [--headless] [--windowed]}. */
public final class KioskMain {

    private static final System.Logger LOG = System.getLogger(KioskMain.class.getName());
    /** A contact bounces for a few ms; a hasty second press within this is the same press (no skipped ticket). */
    private static final java.time.Duration CALL_BUTTON_DEBOUNCE = java.time.Duration.ofMillis(300);

    private KioskMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (LaunchOptions.UsageException e) {
            System.err.println("kiosk: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        if (!options.demo() && !options.headless()) {
            // Zero-touch: with no config yet, "请扫描配置二维码" until a county-signed code writes one.
            try {
                SetupScreen.awaitConfigIfMissing(ConfigLoader.locate(options.configFile()),
                        ZeroTouchSetup.COUNTY_KEYS_FILE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        KioskConfig config;
        try {
            config = resolveConfig(options);
        } catch (ConfigException e) {
            System.err.println("kiosk: the config cannot be used:\n" + e.getMessage());
            System.exit(3);
            return;
        } catch (IOException e) {
            System.err.println("kiosk: cannot read the config: " + e.getMessage());
            System.exit(3);
            return;
        }
        if (options.headless()) {
            // Must be set before the toolkit loads: JavaFX's built-in headless glass, software rendering.
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        try {
            run(options, config);
        } catch (StoreException | IllegalStateException e) {
            System.err.println("kiosk: cannot start: " + e.getMessage());
            System.exit(4);
        }
    }

    static KioskConfig resolveConfig(LaunchOptions options) throws ConfigException, IOException {
        KioskConfig config = ConfigLoader.loadApplicable(options.configFile());
        Path file = ConfigLoader.locate(options.configFile());
        LOG.log(Level.INFO, "config: {0}", Files.isRegularFile(file) ? file : "no file, built-in defaults");
        if (options.demo() && options.dataDir().isEmpty()) {
            config = config.withDataDir(Path.of(System.getProperty("user.home"), ".local", "share", "xiangli-demo"));
        }
        config = options.dataDir().map(config::withDataDir).orElse(config);
        config = options.staffPort().map(config::withStaffPort).orElse(config);
        if (options.windowed() || options.headless()) {
            config = config.withFullscreen(false);
        }
        if (options.windowSize().isPresent()) {
            int[] size = options.windowSize().get();
            config = config.withWindowSize(size[0], size[1]);
        }
        return config;
    }

    private static void run(LaunchOptions options, KioskConfig config) {
        // The toolkit starts on its own thread while the store opens: both take a few hundred ms on a Pi.
        Thread toolkit = Thread.ofPlatform().name("fx-startup").start(FxUi::startToolkit);
        Clock clock = Clock.system(config.station().timeZone());
        Database db = Database.open(config.dataDir().resolve("kiosk.db"));
        KioskEventRepository events = new KioskEventRepository(db);
        events.record(clock.instant(), "start", options.demo() ? "demo" : "device");
        Optional<DemoDevices> demoDevices = options.demo() ? startDemoDevices(config) : Optional.empty();
        Optional<HardwareDevices> hardware = !options.demo()
                && config.devices().mode() == KioskConfig.DeviceMode.HARDWARE
                ? startHardwareDevices(config) : Optional.empty();
        Optional<ReceiptPrinter> printer = demoDevices.map(DemoDevices::printer)
                .or(() -> hardware.flatMap(HardwareDevices::printer));
        Optional<KioskDevices> devices = printer.map(p -> new KioskDevices(p,
                new TicketReceiptLayout(new Messages(config.display().language()))));
        // A device reads the root-only data key through systemd's LoadCredential=; demo mode makes its own.
        DataKeySource paymentsKeys = options.demo() ? DataKeySource.demo(config.paymentsKeyFile())
                : DataKeySource.kiosk(config.paymentsKeyFile(), System.getenv());
        KioskApp app = new KioskApp(config, db, clock,
                devices.map(KioskDevices::ticketPrinter).orElse(TicketPrinter.NONE), paymentsKeys);
        devices.ifPresent(d -> app.useStatementPrinter(d.statementPrinter()));
        Optional<GpioBoard> gpio = startGpio(config, clock);
        // Set on the UI thread once the shell exists; closed at exit.
        AtomicReference<Optional<GpioWiring>> gpioWiring = new AtomicReference<>(Optional.empty());
        gpio.ifPresent(board -> app.startCallButtons(board.panel()));
        if (options.demo()) {
            app.loadDemoData();
        }
        joinToolkit(toolkit);
        FxUi ui = new FxUi();
        CountDownLatch exited = new CountDownLatch(1);
        Runnable exit = () -> {
            events.record(clock.instant(), "exit", options.exitAfterStart() ? "after start" : "technician");
            exited.countDown();
        };
        ui.run(() -> {
            String font = CjkFonts.requireFamily();
            KioskShell shell = app.createShell(font, exit);
            Scene scene = new Scene(shell.root(), config.display().width(), config.display().height());
            // A scanner in keyboard mode that evdev could not grab types into the scene: take its bursts as scans.
            KeyBurstFilter.install(scene, KeyBurstDetector.Settings.DEFAULT, shell::onCodeScanned);
            if (options.headless()) {
                // No window: the headless screen is 1000×1000 and cannot show a kiosk-sized stage (Snapshots).
                var frame = Snapshots.render(scene);
                reportFirstFrame();
                if (options.screenshot().isPresent()) {
                    writeScreenshot(frame, options.screenshot().get());
                }
            } else {
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        reportFirstFrame();
                    }
                });
                KioskWindow.open(scene, shell.messages().get("app.title"), config.display().fullscreen(), exit);
            }
            shell.start();
            if (config.display().callScreen()) {
                openCallScreen(app, ui, shell.messages(), config, font, options.headless());
            }
            demoDevices.ifPresent(d -> {
                KioskDevices.route(d.cardReader(), d.scanner(), ui, new ShellSink(shell));
                DemoDeviceControls controls = new DemoDeviceControls(d, config.station().code(),
                        java.time.LocalDate.now(clock));
                shell.enableDemoDevices((messages, close) -> new DemoDevicesPanel(messages, controls, ui, close).node());
            });
            hardware.ifPresent(h -> h.route(ui, new ShellSink(shell)));
            gpio.ifPresent(board -> gpioWiring.set(Optional.of(new GpioWiring(board.panel(), ui,
                    new GpioWiring.Sink() {
                        @Override
                        public void personApproached() {
                            shell.onPresence();
                        }

                        @Override
                        public void helpPressed() {
                            shell.onHelpButton();
                        }
                    }, () -> hardware.map(h -> h.statuses().values().stream().anyMatch(st -> !st.isOnline()))
                            .orElse(false)))));
            app.startContentUpdates(progress -> ui.execute(() -> shell.showContentImport(progress)),
                    () -> ui.execute(shell::refreshBanners));
            LOG.log(Level.INFO, "kiosk started: station {0} ({1}), {2}x{3}, {4}", config.station().code(),
                    config.station().name(), config.display().width(), config.display().height(),
                    options.headless() ? "headless" : config.display().fullscreen() ? "full screen" : "windowed");
        });
        // After the first frame: the villager's screen comes before the staff's console.
        app.startStaffConsole("0.0.0.0");
        // Under systemd: READY=1 now the home page is up, then WATCHDOG=1 while the UI thread stays alive.
        Optional<SystemdWatchdog> watchdog = SystemdWatchdog.fromEnvironment(System.getenv(), ui);
        watchdog.ifPresent(SystemdWatchdog::start);
        if (options.exitAfterStart()) {
            ui.run(() -> { });
            exit.run();
        }
        try {
            exited.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watchdog.ifPresent(SystemdWatchdog::close);
        app.close();
        gpioWiring.get().ifPresent(GpioWiring::close);
        gpio.ifPresent(GpioBoard::close);
        demoDevices.ifPresent(DemoDevices::close);
        hardware.ifPresent(HardwareDevices::close);
        Platform.exit();
    }

    /**
     * Demo mode's devices: the real drivers talking to the simulators (over socat ptys when socat is installed).
     * Without them the kiosk still runs: tickets show on screen and the card reader is simply absent.
     */
    private static Optional<DemoDevices> startDemoDevices(KioskConfig config) {
        try {
            DemoDevices devices = DemoDevices.start(config.dataDir().resolve("demo-devices"),
                    PaperWidth.ofMillimetres(config.devices().paperWidthMm()));
            LOG.log(Level.INFO, "demo devices: simulated card reader, scanner and printer ({0}); receipts as PNG "
                    + "in {1}", devices.overPtys() ? "socat ptys" : "in-process pipes",
                    config.dataDir().resolve("demo-devices").resolve("receipts"));
            return Optional.of(devices);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "demo devices could not start, running without them: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The real devices from {@code devices.*}: each one absent or unplugged is reported in the log with its reason
     * and retried with backoff; the kiosk runs without it meanwhile (tickets then show on screen).
     */
    private static Optional<HardwareDevices> startHardwareDevices(KioskConfig config) {
        try {
            return Optional.of(HardwareDevices.start(config.devices(), Clock.systemUTC()));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the devices could not be set up, running without them: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The call display full screen on the second HDMI screen (display.call_screen), if one is connected. */
    private static void openCallScreen(KioskApp app, FxUi ui, Messages messages, KioskConfig config, String font,
                                       boolean headless) {
        if (headless) {
            LOG.log(Level.INFO, "display.call_screen ignored: headless, no screens");
            return;
        }
        CallDisplayScreen view = new CallDisplayScreen(messages, config.station().name(), font);
        if (CallScreenWindow.openOnSecondScreen(view.root(), messages.get("web.title.display")).isPresent()) {
            app.callBoard().watch((state, call) -> ui.execute(() -> view.show(state)));
        }
    }

    /**
     * The GPIO parts, when the config names any (window call buttons, presence sensor, LEDs, help button): Pi4J's
     * mock pins with simulated devices, the Pi's GPIO with hardware. A GPIO that cannot start is logged; staff
     * still call from the console.
     */
    private static Optional<GpioBoard> startGpio(KioskConfig config, Clock clock) {
        KioskConfig.Gpio parts = config.devices().gpio();
        if (config.queue().callButtons().isEmpty() && !parts.any()) {
            return Optional.empty();
        }
        GpioPins pins;
        try {
            pins = new GpioPins(parts.presenceSensor(), parts.readyLed(), parts.faultLed(),
                    config.queue().callButtons(), parts.helpButton(), CALL_BUTTON_DEBOUNCE);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "the GPIO pins in the config cannot be used, running without GPIO: {0}",
                    e.getMessage());
            return Optional.empty();
        }
        try {
            GpioBoard board = config.devices().mode() == KioskConfig.DeviceMode.HARDWARE
                    ? GpioBoard.hardware(pins, clock) : GpioBoard.simulated(pins, clock);
            LOG.log(Level.INFO, "GPIO: call buttons {0}, {1}", config.queue().callButtons(), parts);
            return Optional.of(board);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: the gpiod plugin's native library missing or built for another libgpiod.
            LOG.log(Level.WARNING, "the GPIO call buttons could not start, running without them: {0}",
                    e.toString());
            return Optional.empty();
        }
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

    /** Prints the time from JVM start to the first frame of the home page (the startup benchmark reads it). */
    private static void reportFirstFrame() {
        long millis = Instant.now().toEpochMilli() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("xiangli: first home frame " + millis + " ms after JVM start");
    }

    private static void writeScreenshot(javafx.scene.image.WritableImage frame, Path file) {
        try {
            Snapshots.writePng(frame, file);
            LOG.log(Level.INFO, "screenshot written to {0}", file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the screenshot {0}: {1}", file, e.getMessage());
        }
    }
}
