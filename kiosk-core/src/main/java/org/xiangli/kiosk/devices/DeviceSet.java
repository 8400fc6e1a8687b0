package org.xiangli.kiosk.devices;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.xiangli.hal.demo.DemoDevices;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.gpio.GpioBoard;
import org.xiangli.hal.gpio.GpioPins;
import org.xiangli.hal.printer.EscPosEncoder;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.StatementPrinter;
import org.xiangli.kiosk.queue.CallButtons;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceipt;
import org.xiangli.kiosk.queue.TicketReceiptLayout;
import org.xiangli.kiosk.work.Workers;

/**
 * The kiosk's devices — card reader, receipt printer, scanner and the GPIO board — chosen once, at startup, from
 * the config, and the one place that knows which implementation each has. {@code devices.mode = "hardware"} opens
 * the configured ports with the real drivers and the Pi's GPIO; {@code "simulated"} (and {@code --demo}, whatever
 * the config says) runs the simulators, which speak the same wire protocols to the same drivers, and Pi4J's mock
 * pins. Nothing else in the kiosk asks which it is: it prints through {@link #ticketPrinter()} and
 * {@link #statementPrinter()}, hears the devices through {@link #route}, and has the GPIO wired by
 * {@link #wireGpio}.
 *
 * <p>None of the devices has to be there: a driver reports why it is not online and reconnects by itself; a GPIO
 * or a simulator that cannot start is logged and the kiosk runs without it.
 */
public final class DeviceSet implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeviceSet.class.getName());
    /** A contact bounces for a few ms; a hasty second press within this is the same press (no skipped ticket). */
    static final Duration CALL_BUTTON_DEBOUNCE = Duration.ofMillis(300);

    private final Optional<DemoDevices> simulators;
    private final Optional<HardwareDevices> hardware;
    private final Optional<GpioBoard> gpio;
    private final TicketReceiptLayout ticketLayout;
    private final List<AutoCloseable> wiring = new ArrayList<>();
    /** Parts of the kiosk reported as devices though not in this set (the voice), by role. */
    private final Map<String, java.util.function.Supplier<DeviceStatus>> others =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    private DeviceSet(Optional<DemoDevices> simulators, Optional<HardwareDevices> hardware, Optional<GpioBoard> gpio,
                      TicketReceiptLayout ticketLayout) {
        this.simulators = simulators;
        this.hardware = hardware;
        this.gpio = gpio;
        this.ticketLayout = ticketLayout;
    }

    /** What the kiosk runs on: demo mode always simulates; otherwise {@code devices.mode} says. */
    public static KioskConfig.DeviceMode modeFor(KioskConfig config, boolean demo) {
        return demo ? KioskConfig.DeviceMode.SIMULATED : config.devices().mode();
    }

    /** Starts the devices {@link #modeFor} chooses; returns once they are started, whether or not they answer. */
    public static DeviceSet start(KioskConfig config, boolean demo, Clock clock) {
        DeviceSet set = open(config, demo, clock);
        set.begin();
        return set;
    }

    /**
     * The devices {@link #modeFor} chooses, made and wired but not switched on: no serial port is opened, no
     * simulator's socat started, no driver thread runs until {@link #begin}. The kiosk begins them after its first
     * frame, which needs only that they exist (issue 18). GPIO starts here: its pins are read as they change.
     */
    public static DeviceSet open(KioskConfig config, boolean demo, Clock clock) {
        KioskConfig.DeviceMode mode = modeFor(config, demo);
        Optional<DemoDevices> simulators = mode == KioskConfig.DeviceMode.SIMULATED
                ? createSimulators(config) : Optional.empty();
        Optional<HardwareDevices> hardware = mode == KioskConfig.DeviceMode.HARDWARE
                ? createHardware(config, clock) : Optional.empty();
        return new DeviceSet(simulators, hardware, startGpio(config, mode, clock), layout(config));
    }

    /**
     * Switches the devices on (once): the simulators' cables are plugged in and every driver starts connecting.
     * Returns when they are started, not when they answer; a simulator that cannot start is logged and stays
     * offline.
     */
    public void begin() {
        simulators.ifPresent(devices -> {
            try {
                devices.begin();
                LOG.log(Level.INFO, "simulated devices: card reader, scanner and printer ({0})",
                        devices.overPtys() ? "over socat ptys" : "over in-process pipes (socat not installed)");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "the simulated devices could not start, running without them: {0}",
                        e.toString());
            }
        });
        hardware.ifPresent(HardwareDevices::begin);
    }

    /** Simulated devices already started (tests choose pipes or ptys); GPIO as the config names it, on mock pins. */
    public static DeviceSet simulated(KioskConfig config, DemoDevices simulators, Clock clock) {
        return new DeviceSet(Optional.of(simulators), Optional.empty(),
                startGpio(config, KioskConfig.DeviceMode.SIMULATED, clock), layout(config));
    }

    /** No devices at all: tickets show on screen, statements do not print (tests of the screens alone). */
    public static DeviceSet none(KioskConfig config) {
        return new DeviceSet(Optional.empty(), Optional.empty(), Optional.empty(), layout(config));
    }

    private static TicketReceiptLayout layout(KioskConfig config) {
        return new TicketReceiptLayout(new Messages(config.display().language()));
    }

    /**
     * The simulators on socat ptys (in-process pipes without socat). Without them the kiosk still runs: tickets
     * show on screen and the card reader is simply absent.
     */
    private static Optional<DemoDevices> createSimulators(KioskConfig config) {
        try {
            DemoDevices devices = DemoDevices.create(config.dataDir().resolve("demo-devices"),
                    PaperWidth.ofMillimetres(config.devices().paperWidthMm()), PtyPair.socatAvailable());
            LOG.log(Level.INFO, "simulated devices: receipts go as PNG to {0}",
                    config.dataDir().resolve("demo-devices").resolve("receipts"));
            return Optional.of(devices);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the simulated devices could not start, running without them: {0}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The real devices from {@code devices.*}: each one absent or unplugged is reported in the log with its reason
     * and retried with backoff; the kiosk runs without it meanwhile (tickets then show on screen).
     */
    private static Optional<HardwareDevices> createHardware(KioskConfig config, Clock clock) {
        try {
            return Optional.of(HardwareDevices.create(config.devices(), clock));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the devices could not be set up, running without them: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The GPIO parts, when the config names any (window call buttons, presence sensor, LEDs, help button): Pi4J's
     * mock pins when simulated, the Pi's GPIO with hardware. A GPIO that cannot start is logged; staff still call
     * from the console.
     */
    private static Optional<GpioBoard> startGpio(KioskConfig config, KioskConfig.DeviceMode mode, Clock clock) {
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
            GpioBoard board = mode == KioskConfig.DeviceMode.HARDWARE
                    ? GpioBoard.hardware(pins, clock) : GpioBoard.simulated(pins, clock);
            LOG.log(Level.INFO, "GPIO ({0}): call buttons {1}, {2}", mode, config.queue().callButtons(), parts);
            return Optional.of(board);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: the gpiod plugin's native library missing or built for another libgpiod.
            LOG.log(Level.WARNING, "the GPIO could not start, running without it: {0}", e.toString());
            return Optional.empty();
        }
    }

    /** The simulators behind simulated devices (demo mode's devices drawer drives them); empty with hardware. */
    public Optional<DemoDevices> simulators() {
        return simulators;
    }

    /** The ID-card reader's driver (simulated or real); empty without devices. */
    public Optional<org.xiangli.hal.card.SamCardReader> cardReader() {
        return simulators.map(DemoDevices::cardReader).or(() -> hardware.map(HardwareDevices::cardReader));
    }

    /** The GPIO board, when the config names GPIO parts and it started. */
    public Optional<GpioBoard> gpio() {
        return gpio;
    }

    /** The receipt printer's driver; empty when there is none ({@code devices.printer = "none"}, or none started). */
    public Optional<ReceiptPrinter> printer() {
        return simulators.map(DemoDevices::printer).or(() -> hardware.flatMap(HardwareDevices::printer));
    }

    /** Tickets to the receipt printer; {@link TicketPrinter#NONE} (show on screen) without one. */
    public TicketPrinter ticketPrinter() {
        return printer().map(p -> new KioskDevices(p, ticketLayout).ticketPrinter()).orElse(TicketPrinter.NONE);
    }

    /** Statements to the receipt printer; {@link StatementPrinter#NONE} without one. */
    public StatementPrinter statementPrinter() {
        return printer().map(p -> new KioskDevices(p, ticketLayout).statementPrinter())
                .orElse(StatementPrinter.NONE);
    }

    /**
     * Lays out a sample ticket and encodes it for the printer, and with simulated devices draws it as the virtual
     * printer does, then drops it: nothing is sent, printed or saved. The first ticket of a process otherwise paid
     * for this code's first run beside the ticket page's (issue 18: the first card ticket was the slowest touch
     * left; the simulator's first drawing alone starts Java2D and its CJK font). Call after the first frame; a
     * failure costs only time.
     */
    public void warmUp() {
        Optional<ReceiptPrinter> receiptPrinter = printer();
        if (receiptPrinter.isEmpty()) {
            return;
        }
        try {
            // The layout's own words (the kiosk's language) bring the CJK glyphs; the sample's names need none.
            TicketReceipt ticket = new TicketReceipt("WARM-UP", "warm-up", 'A', "warm-up", "A001", List.of(1, 2), 3,
                    12, java.time.Instant.EPOCH.atZone(java.time.ZoneOffset.UTC), true, "warm-up:A001");
            Receipt sample = ticketLayout.layout(ticket);
            new EscPosEncoder(receiptPrinter.get().paper()).encode(sample);
            simulators.ifPresent(d -> d.virtualPrinter().warmUp(sample));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "printer warm-up skipped: {0}", e.toString());
        }
    }

    /**
     * Sends card reads and removals, scanned codes and the printer's status to {@code sink}, on the devices' own
     * threads: the kiosk's router hands them to the UI thread. Call once.
     */
    public void route(KioskDevices.EventSink sink) {
        Objects.requireNonNull(sink, "sink");
        simulators.ifPresent(d -> {
            KioskDevices.routeCards(d.cardReader(), sink);
            d.scanner().addListener(KioskDevices.scans(sink));
            KioskDevices.routePrinter(d.printer(), sink);
        });
        hardware.ifPresent(h -> h.route(sink));
    }

    /**
     * Wires the GPIO board, if there is one: someone approaching and the help button go to {@code shell} on
     * {@code ui}; each window's call button calls the next ticket there (presses run in order on a thread of
     * {@code workers}); the ready LED is lit and the fault LED follows {@link #anyDown()} on a timer of
     * {@code workers}. Everything wired here is undone by {@link #close()}. Call once.
     */
    public void wireGpio(GpioWiring.Sink shell, Executor ui, QueueService queue, Workers workers) {
        gpio.ifPresent(board -> {
            wiring.add(new CallButtons(queue, board.panel(), workers.inOrder("call-buttons")));
            GpioWiring panel = new GpioWiring(board.panel(), ui, shell, this::anyDown);
            wiring.add(panel);
            ScheduledFuture<?> faultLed = workers.timer("gpio-fault-led").scheduleWithFixedDelay(
                    panel::refreshFaultLed, 0, GpioWiring.FAULT_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            wiring.add(() -> faultLed.cancel(false));
        });
    }

    /** Each device's status now, by role: what the logs and the fault LED tell a technician. */
    public Map<String, DeviceStatus> statuses() {
        Map<String, DeviceStatus> out = new LinkedHashMap<>();
        simulators.ifPresent(d -> {
            out.put("card reader", d.cardReader().status());
            out.put("printer", d.printer().status());
            out.put("scanner", d.scanner().status());
        });
        hardware.ifPresent(h -> out.putAll(h.statuses()));
        others.forEach((role, status) -> out.put(role, status.get()));
        return out;
    }

    /**
     * Reports {@code status} with the devices under {@code role}: a part the kiosk needs that is not a device of
     * this set (the voice, 语音) is down where a device is — in {@link #statuses()}, so the logs, the fault LED and
     * the county's fleet state show it.
     */
    public void report(String role, java.util.function.Supplier<DeviceStatus> status) {
        others.put(role, status);
    }

    /** Whether a device of the set is not working (the fault LED is lit). */
    public boolean anyDown() {
        return statuses().values().stream().anyMatch(s -> !s.isOnline());
    }

    @Override
    public void close() {
        // Closed in reverse: the wiring first (LEDs dark), then the board and the drivers under it.
        List<AutoCloseable> all = new ArrayList<>();
        hardware.ifPresent(all::add);
        simulators.ifPresent(all::add);
        gpio.ifPresent(all::add);
        all.addAll(wiring);
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                all.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing a device failed", e);
            }
        }
    }
}
