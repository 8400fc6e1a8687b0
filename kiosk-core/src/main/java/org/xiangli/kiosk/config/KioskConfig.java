package org.xiangli.kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xiangli.hal.printer.PrinterAddress;

/** The whole kiosk configuration, validated; every key has a default (see {@link ConfigSchema#KEYS}). */
public record KioskConfig(
        Station station,
        Display display,
        Timeouts timeouts,
        Devices devices,
        Content content,
        Staff staff,
        Technician technician,
        Payments payments,
        Path dataDir,
        Queue queue,
        ScreenSchedule screenSchedule,
        Optional<Fleet> fleet) {

    /**
     * The county fleet (issue 16): where this kiosk reports and takes signed commands from; absent = no fleet.
     *
     * @param brokerUrl       {@code ssl://host:port} or {@code tcp://host:port}
     * @param county          the county's id, the second level of every topic
     * @param credentialFile  root-only file holding the broker password (the user name is the station code)
     * @param countyKeysFile  the county keys that sign commands, one {@code ed25519:...} per line
     * @param caFile          PEM CA certificates for the broker's TLS certificate; empty = the JVM's trusted CAs
     * @param telemetryEvery  how often telemetry is sent (and on change)
     * @param outboxMax       reports kept while offline; the oldest beyond it are dropped and counted
     * @param screenshotMaxBytes the largest screenshot sent through the broker
     */
    public record Fleet(String brokerUrl, String county, Path credentialFile, Path countyKeysFile, String caFile,
                        Duration telemetryEvery, int outboxMax, int screenshotMaxBytes) {
    }

    /**
     * When the screen goes dark at night and lights up in the morning (systemd timers written by
     * {@code kioskctl install}); both empty = always on.
     */
    public record ScreenSchedule(Optional<LocalTime> off, Optional<LocalTime> on) {

        public static final ScreenSchedule ALWAYS_ON = new ScreenSchedule(Optional.empty(), Optional.empty());
    }

    public record Station(String code, String name, ZoneId timeZone) {
    }

    public enum Orientation { LANDSCAPE, PORTRAIT }

    public enum DeviceMode { SIMULATED, HARDWARE }

    /** @param callScreen show the call display full screen on a second HDMI screen, when one is connected */
    public record Display(Locale language, Orientation orientation, boolean fullscreen, int width, int height,
                          boolean largeText, boolean callScreen) {
    }

    public record Timeouts(Duration page, Duration attractAfter, Duration slide) {
    }

    public record Devices(DeviceMode mode, String cardReaderPort, int cardReaderBaud, String scannerPort,
                          PrinterAddress printer, int paperWidthMm, Gpio gpio) {
    }

    /**
     * The GPIO parts of the kiosk itself (BCM pin numbers; empty = not fitted). The window call buttons belong to
     * the queue ({@code queue.call_buttons}).
     */
    public record Gpio(java.util.OptionalInt presenceSensor, java.util.OptionalInt readyLed,
                       java.util.OptionalInt faultLed, java.util.OptionalInt helpButton) {

        public static final Gpio NONE = new Gpio(java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty());

        public boolean any() {
            return presenceSensor.isPresent() || readyLed.isPresent() || faultLed.isPresent()
                    || helpButton.isPresent();
        }
    }

    /**
     * @param trustedKeys publisher keys ({@code ed25519:...}) whose bundles this kiosk applies
     * @param usbRoot     where USB sticks are mounted; a new folder there holding bundles is imported
     * @param pollEvery   how often the feed is polled
     * @param downloadStall a download bringing less than 1 KB in this long is cut (the next poll resumes it)
     * @param downloadMax   the longest one download may run
     * @param maxBundleBytes the largest bundle downloaded; a larger one is stopped and deleted
     */
    public record Content(String feedUrl, List<String> trustedKeys, Path usbRoot, Duration pollEvery,
                          Duration downloadStall, Duration downloadMax, long maxBundleBytes) {

        public Content {
            trustedKeys = List.copyOf(trustedKeys);
        }

        public Content(String feedUrl) {
            this(feedUrl, List.of(), Path.of("/media"), Duration.ofMinutes(30), Duration.ofSeconds(60),
                    Duration.ofMinutes(30), 512L << 20);
        }
    }

    /**
     * The staff console: plain HTTP on {@code port}; with both TLS files set, HTTPS on {@code httpsPort} and
     * {@code port} only redirects there. {@code tlsCert}/{@code tlsKey} are empty when not set.
     */
    /** @param publicUrl the base of the ticket QR's phone link ({@code /t/CODE}); empty = this kiosk's LAN address */
    public record Staff(int port, int httpsPort, String tlsCert, String tlsKey, String publicUrl) {

        public Staff(int port) {
            this(port, 8443, "", "");
        }

        public Staff(int port, int httpsPort, String tlsCert, String tlsKey) {
            this(port, httpsPort, tlsCert, tlsKey, "");
        }

        /** Both files set: HTTPS. Only one set is a mistake the console refuses to start with. */
        public boolean https() {
            return !tlsCert.isEmpty() || !tlsKey.isEmpty();
        }

        public Staff withPort(int port) {
            return new Staff(port, httpsPort, tlsCert, tlsKey, publicUrl);
        }
    }

    /** @param pinHash the technician PIN's hash; empty = no PIN set, the technician menu stays shut */
    public record Technician(String pinHash) {

        /** Whether this is the public demo PIN 246810 (by value: a new hash of it counts too). */
        public boolean isDemoPin() {
            return PinHash.matches(ConfigLoader.DEMO_PIN, pinHash);
        }
    }

    /**
     * The service queue's rules (issue 5): priority age, the anti-starvation streak, the assumed service time, and
     * the GPIO call buttons (window number to BCM pin; empty = none).
     */
    public record Queue(int priorityAge, int maxPriorityStreak, Duration defaultServiceTime,
                        java.util.Map<Integer, Integer> callButtons) {

        public Queue {
            callButtons = java.util.Map.copyOf(callButtons);
        }
    }

    /**
     * Payments lookup (缴费查询).
     *
     * @param serviceUrl      the live JSON service (HTTPS); empty = the imported ledger only
     * @param payUrlHosts     hosts the live service's pay URLs may point to; others show no payment QR
     * @param credentialsFile a root-only file holding the service's bearer token; empty = none
     * @param timeout         how long a villager waits for the live service before the local ledger answers
     * @param keyFile         the data key (HMAC + AES-GCM); relative paths are under the data directory
     * @param trustedKeys     publisher keys whose signed ledger bundles this kiosk imports
     * @param factorAttempts  wrong second factors for one number before that number is locked
     * @param lockout         how long a number stays locked
     * @param idle            the idle countdown on payments pages
     * @param retention       privacy.retention_days: how long a finished errand or answered request keeps its
     *                        personal fields (they follow the payments rules, so the setting lives beside them)
     */
    public record Payments(String serviceUrl, List<String> payUrlHosts, String credentialsFile, Duration timeout,
                           Path keyFile, List<String> trustedKeys, int factorAttempts, Duration lockout,
                           Duration idle, Duration retention) {

        public static final Duration DEFAULT_RETENTION = Duration.ofDays(365);

        public Payments {
            payUrlHosts = List.copyOf(payUrlHosts);
            trustedKeys = List.copyOf(trustedKeys);
        }

        /** With the default retention (365 days). */
        public Payments(String serviceUrl, List<String> payUrlHosts, String credentialsFile, Duration timeout,
                        Path keyFile, List<String> trustedKeys, int factorAttempts, Duration lockout, Duration idle) {
            this(serviceUrl, payUrlHosts, credentialsFile, timeout, keyFile, trustedKeys, factorAttempts, lockout,
                    idle, DEFAULT_RETENTION);
        }
    }

    /** The data key file, resolved against the data directory when relative. */
    public Path paymentsKeyFile() {
        return dataDir.resolve(payments.keyFile());
    }

    public KioskConfig withDataDir(Path dir) {
        return new KioskConfig(station, display, timeouts, devices, content, staff, technician, payments, dir, queue,
                screenSchedule, fleet);
    }

    public KioskConfig withStaffPort(int port) {
        return new KioskConfig(station, display, timeouts, devices, content, staff.withPort(port), technician,
                payments, dataDir, queue, screenSchedule, fleet);
    }

    public KioskConfig withFullscreen(boolean fullscreen) {
        Display d = new Display(display.language(), display.orientation(), fullscreen, display.width(),
                display.height(), display.largeText(), display.callScreen());
        return new KioskConfig(station, d, timeouts, devices, content, staff, technician, payments, dataDir, queue,
                screenSchedule, fleet);
    }

    public KioskConfig withWindowSize(int width, int height) {
        Display d = new Display(display.language(), width > height ? Orientation.LANDSCAPE : Orientation.PORTRAIT,
                display.fullscreen(), width, height, display.largeText(), display.callScreen());
        return new KioskConfig(station, d, timeouts, devices, content, staff, technician, payments, dataDir, queue,
                screenSchedule, fleet);
    }

    public KioskConfig withLargeText(boolean largeText) {
        Display d = new Display(display.language(), display.orientation(), display.fullscreen(), display.width(),
                display.height(), largeText, display.callScreen());
        return new KioskConfig(station, d, timeouts, devices, content, staff, technician, payments, dataDir, queue,
                screenSchedule, fleet);
    }

    public KioskConfig withTechnicianPin(String pinHash) {
        return new KioskConfig(station, display, timeouts, devices, content, staff, new Technician(pinHash), payments,
                dataDir, queue, screenSchedule, fleet);
    }

    public KioskConfig withPayments(Payments p) {
        return new KioskConfig(station, display, timeouts, devices, content, staff, technician, p, dataDir, queue,
                screenSchedule, fleet);
    }

    public KioskConfig withLanguage(Locale language) {
        Display d = new Display(language, display.orientation(), display.fullscreen(), display.width(),
                display.height(), display.largeText(), display.callScreen());
        return new KioskConfig(station, d, timeouts, devices, content, staff, technician, payments, dataDir, queue,
                screenSchedule, fleet);
    }

    public KioskConfig withFleet(Optional<Fleet> f) {
        return new KioskConfig(station, display, timeouts, devices, content, staff, technician, payments, dataDir, queue,
                screenSchedule, f);
    }
}
