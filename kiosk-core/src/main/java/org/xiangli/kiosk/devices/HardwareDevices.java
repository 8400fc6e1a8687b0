package org.xiangli.kiosk.devices;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xiangli.hal.card.SamCardReader;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.hal.scanner.CodeScanner;
import org.xiangli.kiosk.config.KioskConfig;

/**
 * The kiosk's real devices, opened from the {@code devices.*} keys with the same drivers {@code kioskctl selftest}
 * uses. None of them has to be there: each driver runs on its own thread, reports why it is not online (not
 * connected, not responding, paper out...) and reconnects by itself with backoff, so the kiosk starts and works
 * without any of them and picks a device up the moment it is plugged in.
 */
public final class HardwareDevices implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HardwareDevices.class.getName());
    /** USB CDC scanners ignore the line speed; a value is needed to open the port all the same. */
    static final int SCANNER_BAUD = 9600;

    private final SamCardReader cardReader;
    private final Optional<ReceiptPrinter> printer;
    private final CodeScanner scanner;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final KioskConfig.Devices config;

    private HardwareDevices(KioskConfig.Devices config, Clock clock, Backoff backoff) {
        this.config = config;
        cardReader = new SamCardReader(config.cardReaderPort(),
                SerialLink.opener(config.cardReaderPort(), config.cardReaderBaud()),
                new SamCardReader.Settings(SamCardReader.Settings.DEFAULT.pollInterval(),
                        SamCardReader.Settings.DEFAULT.replyTimeout(), SamCardReader.Settings.DEFAULT.debounce(),
                        backoff), clock);
        printer = config.printer().opener().map(opener -> new ReceiptPrinter(config.printer().text(), opener,
                PaperWidth.ofMillimetres(config.paperWidthMm()), new ReceiptPrinter.Settings(
                        ReceiptPrinter.Settings.DEFAULT.statusTimeout(), ReceiptPrinter.Settings.DEFAULT.statusInterval(),
                        backoff)));
        scanner = CodeScanner.forPort(config.scannerPort(), SCANNER_BAUD, backoff);
    }

    /** Starts every configured driver; returns at once, whether or not the devices are there. */
    public static HardwareDevices start(KioskConfig.Devices config, Clock clock) {
        return start(config, clock, Backoff.DEFAULT);
    }

    static HardwareDevices start(KioskConfig.Devices config, Clock clock, Backoff backoff) {
        HardwareDevices devices = create(config, clock, backoff);
        devices.begin();
        return devices;
    }

    /** Makes every configured driver without starting it: no thread, no port opened until {@link #begin}. */
    public static HardwareDevices create(KioskConfig.Devices config, Clock clock) {
        return create(config, clock, Backoff.DEFAULT);
    }

    static HardwareDevices create(KioskConfig.Devices config, Clock clock, Backoff backoff) {
        Objects.requireNonNull(config, "config");
        return new HardwareDevices(config, clock, backoff);
    }

    /** Starts every driver (once); returns at once, whether or not the devices are there. */
    public synchronized void begin() {
        if (!started.isEmpty()) {
            return;
        }
        cardReader.start();
        started.add(cardReader);
        printer.ifPresent(p -> {
            p.start();
            started.add(p);
        });
        scanner.start();
        started.add(scanner);
        LOG.log(Level.INFO, "hardware devices: card reader {0} at {1} baud, printer {2} ({3} mm), scanner {4}",
                config.cardReaderPort(), String.valueOf(config.cardReaderBaud()), config.printer().text(),
                String.valueOf(config.paperWidthMm()), config.scannerPort());
    }

    public SamCardReader cardReader() {
        return cardReader;
    }

    /** Empty when the config says {@code devices.printer = "none"}. */
    public Optional<ReceiptPrinter> printer() {
        return printer;
    }

    /** The serial or keyboard-mode scanner, as the configured port says. */
    public CodeScanner scanner() {
        return scanner;
    }

    /**
     * Card reads and removals, the scanner's codes and the printer's status, to {@code sink} on the devices'
     * threads.
     */
    public void route(KioskDevices.EventSink sink) {
        KioskDevices.routeCards(cardReader, sink);
        scanner.addListener(KioskDevices.scans(sink));
        printer.ifPresent(p -> KioskDevices.routePrinter(p, sink));
    }

    /** Each device's status now, by role: what {@code kioskctl diag} and the logs tell a technician. */
    public Map<String, DeviceStatus> statuses() {
        Map<String, DeviceStatus> out = new LinkedHashMap<>();
        out.put("card reader", cardReader.status());
        printer.ifPresent(p -> out.put("printer", p.status()));
        out.put("scanner", scanner.status());
        return out;
    }

    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing a device failed", e);
            }
        }
    }
}
