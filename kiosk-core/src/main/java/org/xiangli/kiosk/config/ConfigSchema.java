package org.xiangli.kiosk.config;

import static org.xiangli.kiosk.config.ConfigKey.local;
import static org.xiangli.kiosk.config.ConfigKey.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.xiangli.hal.printer.PrinterAddress;
import org.xiangli.kiosk.config.KioskConfig.DeviceMode;
import org.xiangli.kiosk.config.KioskConfig.Orientation;

/**
 * Every key of kiosk.toml, each declared once with its type, check, default and meaning, in the order
 * {@code kioskctl config example} and the README list them; and how the values make a {@link KioskConfig}.
 * A new key is one declaration here, one entry in {@link #KEYS} and its place in {@link #toConfig}.
 */
public final class ConfigSchema {

    private static final Pattern STATION_CODE_FORM = Pattern.compile("[A-Za-z0-9-]{1,32}");

    public static final ConfigKey<String> STATION_CODE = local("station.code",
            Codecs.text("1-32 letters, digits or '-'", s -> STATION_CODE_FORM.matcher(s).matches()), "DEMO-001",
            "Station code, as in the county's register; printed on tickets.");
    public static final ConfigKey<String> STATION_NAME = local("station.name",
            Codecs.text("1-40 characters", s -> !s.isBlank() && s.length() <= 40), "青石村综合服务站",
            "Station name shown in every page header and on tickets.");
    public static final ConfigKey<ZoneId> TIME_ZONE = local("station.time_zone", Codecs.timeZone(),
            ZoneId.of("Asia/Shanghai"),
            "Local time zone: the clock, the daily ticket reset and expiry dates follow it.");

    public static final ConfigKey<Locale> LANGUAGE = remote("display.language",
            Codecs.choice(List.of(Map.entry("zh_CN", Locale.SIMPLIFIED_CHINESE), Map.entry("en", Locale.ENGLISH))),
            Locale.SIMPLIFIED_CHINESE, "Language of the screens.");
    public static final ConfigKey<Orientation> ORIENTATION = remote("display.orientation",
            Codecs.lowerCase(Orientation.class), Orientation.LANDSCAPE,
            "How the screen stands; portrait for upright kiosks.");
    public static final ConfigKey<Boolean> FULLSCREEN = remote("display.fullscreen", Codecs.bool(), true,
            "Full screen, undecorated, no way out (device). false = a window (development); --windowed also.");
    public static final ConfigKey<Integer> WIDTH = remote("display.width", Codecs.integer(640, 7680), 1920,
            "Window width in windowed mode.");
    public static final ConfigKey<Integer> HEIGHT = remote("display.height", Codecs.integer(480, 7680), 1080,
            "Window height in windowed mode.");
    public static final ConfigKey<Boolean> LARGE_TEXT = remote("display.large_text", Codecs.bool(), false,
            "Start in large-text mode (大字模式).");
    public static final ConfigKey<Boolean> CALL_SCREEN = remote("display.call_screen", Codecs.bool(), false,
            "Show the call display (current tickets, last calls, and the pickup call 请 张*三 来领取办好的材料 for "
            + "finished errands) full screen on a second HDMI screen.");
    public static final ConfigKey<Optional<LocalTime>> SCREEN_OFF = remote("display.screen_off",
            Codecs.optionalTime(), Optional.empty(),
            "Local time the screen turns off each night (kioskctl install writes the timer); empty = never.");
    public static final ConfigKey<Optional<LocalTime>> SCREEN_ON = remote("display.screen_on",
            Codecs.optionalTime(), Optional.empty(),
            "Local time the screen turns on each morning; empty = never turned off by the schedule.");

    public static final ConfigKey<Duration> PAGE_TIMEOUT = remote("timeouts.page_seconds", Codecs.seconds(10, 600),
            Duration.ofSeconds(90), "Idle seconds on any page before it returns home and wipes the session.");
    public static final ConfigKey<Duration> ATTRACT_AFTER = remote("timeouts.attract_after_seconds",
            Codecs.seconds(10, 3600), Duration.ofSeconds(120),
            "Idle seconds on the home page before the bulletin board (attract loop) starts.");
    public static final ConfigKey<Duration> SLIDE = remote("timeouts.slide_seconds", Codecs.seconds(3, 60),
            Duration.ofSeconds(8), "Seconds each bulletin-board slide shows.");

    public static final ConfigKey<DeviceMode> DEVICE_MODE = local("devices.mode", Codecs.lowerCase(DeviceMode.class),
            DeviceMode.SIMULATED,
            "simulated = built-in device simulators (demo, training); hardware = the ports below.");
    public static final ConfigKey<String> CARD_READER_PORT = local("devices.card_reader_port", Codecs.devicePath(),
            "/dev/ttyUSB0", "Serial port of the ID-card reader (SAM).");
    public static final ConfigKey<Integer> CARD_READER_BAUD = local("devices.card_reader_baud",
            Codecs.oneOf(List.of(9600, 19200, 38400, 57600, 115200)), 115200, "Baud rate of the ID-card reader.");
    public static final ConfigKey<String> SCANNER_PORT = local("devices.scanner_port", Codecs.devicePath(),
            "/dev/ttyACM0",
            "Serial (USB CDC) port of the QR scanner, or an /dev/input/event* device in keyboard mode.");
    public static final ConfigKey<PrinterAddress> PRINTER = local("devices.printer", Codecs.printer(),
            new PrinterAddress.Usb("/dev/usb/lp0"), "Receipt printer transport.");
    public static final ConfigKey<Integer> PAPER_WIDTH = local("devices.paper_width_mm",
            Codecs.oneOf(List.of(58, 80)), 80, "Receipt paper width.");
    public static final ConfigKey<OptionalInt> PRESENCE_PIN = local("devices.presence_pin", Codecs.gpioPin(),
            OptionalInt.empty(),
            "GPIO of the PIR presence sensor: someone approaching leaves the bulletin board. 0 = none.");
    public static final ConfigKey<OptionalInt> READY_LED_PIN = local("devices.ready_led_pin", Codecs.gpioPin(),
            OptionalInt.empty(), "GPIO of the green ready LED, lit while the kiosk runs. 0 = none.");
    public static final ConfigKey<OptionalInt> FAULT_LED_PIN = local("devices.fault_led_pin", Codecs.gpioPin(),
            OptionalInt.empty(), "GPIO of the red fault LED, lit while a configured device is not working. 0 = none.");
    public static final ConfigKey<OptionalInt> HELP_BUTTON_PIN = local("devices.help_button_pin", Codecs.gpioPin(),
            OptionalInt.empty(), "GPIO of the help button beside the screen: it calls staff, as 呼叫工作人员 on the screen does. 0 = none.");

    public static final ConfigKey<String> FEED_URL = local("content.feed_url", Codecs.optionalHttpUrl(), "",
            "Where signed content bundles are pulled from; empty = USB stick only.");
    public static final ConfigKey<List<String>> CONTENT_KEYS = local("content.trusted_keys", Codecs.publisherKeys(),
            List.of(), "Publisher keys whose signed bundles this kiosk applies; bundles signed by any other key are "
                    + "refused.");
    public static final ConfigKey<Path> USB_ROOT = local("content.usb_root", Codecs.absoluteDirectory(),
            Path.of("/media"),
            "Where USB sticks are mounted; a stick newly mounted there with .xlb bundles is imported.");
    public static final ConfigKey<Duration> POLL = remote("content.poll_minutes", Codecs.minutes(1, 1440),
            Duration.ofMinutes(30), "Minutes between polls of the content feed.");
    public static final ConfigKey<Duration> DOWNLOAD_STALL = local("content.download_stall_seconds",
            Codecs.seconds(5, 3600), Duration.ofSeconds(60),
            "A feed download that brings less than 1 KB in this many seconds is cut; what arrived is kept and the "
                    + "next poll resumes it.");
    public static final ConfigKey<Duration> DOWNLOAD_MAX = local("content.download_max_minutes",
            Codecs.minutes(1, 1440), Duration.ofMinutes(30),
            "The longest one feed download may run; what arrived is kept and the next poll resumes it.");
    public static final ConfigKey<Integer> MAX_BUNDLE_MB = local("content.max_bundle_mb", Codecs.integer(1, 4096),
            512, "The largest bundle downloaded (feed or kioskctl content import URL); a larger one is stopped and "
                    + "deleted, so a bad server cannot fill the SD card.");

    public static final ConfigKey<Integer> STAFF_PORT = local("staff.port", Codecs.integer(1024, 65535), 8080,
            "TCP port of the staff web console and call display (--staff-port overrides); with TLS it only "
                    + "redirects to staff.https_port.");
    public static final ConfigKey<Integer> STAFF_HTTPS_PORT = local("staff.https_port", Codecs.integer(1024, 65535),
            8443, "TCP port of the staff console over HTTPS, used when staff.tls_cert and staff.tls_key are set.");
    public static final ConfigKey<String> STAFF_TLS_CERT = local("staff.tls_cert", Codecs.optionalAbsoluteFile(), "",
            "PEM certificate (then any chain) of the staff console; with staff.tls_key it switches the console to "
                    + "HTTPS. Empty = plain HTTP.");
    public static final ConfigKey<String> STAFF_TLS_KEY = local("staff.tls_key", Codecs.optionalAbsoluteFile(), "",
            "PEM private key (unencrypted PKCS#8) of staff.tls_cert; readable by the kiosk user only.");
    public static final ConfigKey<String> STAFF_PUBLIC_URL = local("staff.public_url", Codecs.optionalHttpUrl(), "",
            "The station's address for villagers' phones: the ticket QR opens its /t/CODE status page. Empty = "
                    + "http://<this kiosk's LAN address>:<staff.port> (that page is served on plain HTTP even with "
                    + "TLS on: phones do not trust the station's own certificate).");

    public static final ConfigKey<String> PIN_HASH = local("technician.pin_hash", Codecs.pinHash(),
            ConfigLoader.DEMO_PIN_HASH,
            "Hash of the technician PIN that, after the hidden gesture, opens the technician menu (content status, "
                    + "exit); kioskctl init and batch make one per device; `sudo kioskctl pin set` changes it alone "
                    + "(typed twice, `--pin-stdin`, or `--generate` to make one and show it once), then restart the "
                    + "kiosk. The default, the public demo PIN 246810, "
                    + "works only with --demo: elsewhere the menu stays locked until a PIN is set.")
            .shownInDocsAs("hash of the demo PIN 246810");

    public static final ConfigKey<Integer> PRIORITY_AGE = remote("queue.priority_age", Codecs.integer(50, 100), 60,
            "Age (from the ID card) from which a ticket goes through the priority lane (绿色通道).");
    public static final ConfigKey<Integer> PRIORITY_STREAK = remote("queue.priority_max_streak",
            Codecs.integer(1, 10), 2,
            "Priority tickets a window may call in a row while a regular ticket waits (no starvation).");
    public static final ConfigKey<Duration> SERVICE_TIME = remote("queue.default_service_minutes",
            Codecs.minutes(1, 120), Duration.ofMinutes(5),
            "Minutes per person assumed for the wait estimate until the service's real pace is measured.");
    // Which GPIO pin is wired to which window's button is wiring, like the device ports: set at the device only.
    public static final ConfigKey<Map<Integer, Integer>> CALL_BUTTONS = local("queue.call_buttons",
            new CallButtonsCodec(), Map.of(),
            "GPIO call buttons (to ground, internal pull-up): a press calls the next ticket to that window.");

    public static final ConfigKey<String> PAYMENTS_URL = local("payments.service_url", Codecs.optionalHttpsUrl(), "",
            "Live payments JSON service, HTTPS only (ID numbers and the token travel to it); empty = the imported "
                    + "ledger only.");
    public static final ConfigKey<List<String>> PAY_URL_HOSTS = local("payments.pay_url_hosts", Codecs.hostNames(),
            List.of(), "Hosts a live answer's pay_url may point to (https only); any other pay URL shows no payment "
                    + "QR. Empty = the live service shows none.");
    public static final ConfigKey<String> PAYMENTS_CREDENTIALS = local("payments.credentials_file",
            Codecs.optionalAbsoluteFile(), "", "Root-only file with the bearer token for the payments service.");
    public static final ConfigKey<Duration> PAYMENTS_TIMEOUT = local("payments.timeout_seconds",
            Codecs.seconds(1, 30), Duration.ofSeconds(3),
            "Seconds to wait for the live service before answering from the local ledger.");
    public static final ConfigKey<Path> PAYMENTS_KEY_FILE = local("payments.key_file",
            Codecs.file("a file path (relative = under data.dir)"), Path.of("payments.key"),
            "Root-only data key for the payments store (created by kioskctl enroll).");
    public static final ConfigKey<List<String>> PAYMENTS_KEYS = local("payments.trusted_keys",
            Codecs.publisherKeys(), List.of(),
            "Publisher keys whose signed payments ledger bundles this kiosk imports.");
    public static final ConfigKey<Integer> FACTOR_ATTEMPTS = local("payments.factor_attempts", Codecs.integer(1, 10),
            3, "Wrong phone digits for one ID number before that number is locked.");
    public static final ConfigKey<Duration> LOCKOUT = local("payments.lockout_minutes", Codecs.minutes(1, 1440),
            Duration.ofMinutes(15), "Minutes an ID number stays locked after too many wrong phone digits.");
    public static final ConfigKey<Duration> PAYMENTS_IDLE = local("payments.idle_seconds", Codecs.seconds(10, 600),
            Duration.ofSeconds(60),
            "Idle seconds on payments pages before the session is wiped and the kiosk returns home.");

    public static final ConfigKey<Duration> RETENTION = local("privacy.retention_days", Codecs.days(30, 3650),
            Duration.ofDays(365), "Days after an errand is handed over or a request answered until its personal "
                    + "fields (sealed name, ID hash, phone, voice message) are purged; it stays counted.");

    public static final ConfigKey<String> FLEET_BROKER = local("fleet.broker_url", Codecs.optionalBrokerUrl(), "",
            "The county's MQTT broker (ssl://HOST:8883; tcp:// only on a trusted network); empty = no fleet: the "
                    + "kiosk reports to no one and takes no remote commands.");
    public static final ConfigKey<String> FLEET_COUNTY = local("fleet.county",
            Codecs.text("empty, or 1-32 letters, digits or '-'", s -> s.isEmpty()
                    || STATION_CODE_FORM.matcher(s).matches()), "",
            "The county's id in the fleet's topics (xiangli/v1/COUNTY/STATION/...); needed with fleet.broker_url.");
    public static final ConfigKey<Path> FLEET_CREDENTIAL = local("fleet.credential_file", Codecs.absoluteFile(),
            Path.of("/etc/xiangli/fleet.credential"),
            "This kiosk's broker password, issued by 'county.jar register' (user = station.code); root's, readable by "
                    + "the kiosk's group only (640 root:xiangli).");
    public static final ConfigKey<Path> FLEET_COUNTY_KEYS = local("fleet.county_keys_file", Codecs.absoluteFile(),
            Path.of("/etc/xiangli/county-keys.pub"),
            "County keys (ed25519:..., one a line) whose signed commands the kiosk obeys: the zero-touch QR's keys.");
    public static final ConfigKey<String> FLEET_CA = local("fleet.ca_file", Codecs.optionalAbsoluteFile(), "",
            "CA certificates (PEM) the broker's TLS certificate must chain to, for a county's own CA; empty = the "
                    + "CAs the JVM trusts.");
    public static final ConfigKey<Duration> FLEET_TELEMETRY = remote("fleet.telemetry_minutes",
            Codecs.minutes(1, 60), Duration.ofMinutes(5),
            "Minutes between telemetry reports to the county hub (also sent when a device or the queue changes).");
    public static final ConfigKey<Integer> FLEET_OUTBOX = local("fleet.outbox_max", Codecs.integer(100, 1_000_000),
            10_000, "Reports kept while the broker is unreachable; beyond it the oldest are dropped (and counted).");
    public static final ConfigKey<Integer> FLEET_SCREENSHOT_KB = local("fleet.screenshot_max_kb",
            Codecs.integer(16, 4096), 512, "Largest screenshot PNG sent to the county hub; a larger one is refused.");

    public static final ConfigKey<Path> DATA_DIR = local("data.dir", Codecs.absoluteDirectory(),
            Path.of("/var/lib/xiangli"), "Where the database and downloaded content live (--data overrides).");

    /** Every key, in the order the example file and the README list them. */
    public static final List<ConfigKey<?>> KEYS = List.of(
            STATION_CODE, STATION_NAME, TIME_ZONE,
            LANGUAGE, ORIENTATION, FULLSCREEN, WIDTH, HEIGHT, LARGE_TEXT, CALL_SCREEN, SCREEN_OFF, SCREEN_ON,
            PAGE_TIMEOUT, ATTRACT_AFTER, SLIDE,
            DEVICE_MODE, CARD_READER_PORT, CARD_READER_BAUD, SCANNER_PORT, PRINTER, PAPER_WIDTH,
            PRESENCE_PIN, READY_LED_PIN, FAULT_LED_PIN, HELP_BUTTON_PIN,
            FEED_URL, CONTENT_KEYS, USB_ROOT, POLL, DOWNLOAD_STALL, DOWNLOAD_MAX, MAX_BUNDLE_MB,
            STAFF_PORT, STAFF_HTTPS_PORT, STAFF_TLS_CERT, STAFF_TLS_KEY, STAFF_PUBLIC_URL,
            PIN_HASH,
            PRIORITY_AGE, PRIORITY_STREAK, SERVICE_TIME, CALL_BUTTONS,
            PAYMENTS_URL, PAY_URL_HOSTS, PAYMENTS_CREDENTIALS, PAYMENTS_TIMEOUT, PAYMENTS_KEY_FILE, PAYMENTS_KEYS, FACTOR_ATTEMPTS,
            LOCKOUT, PAYMENTS_IDLE, RETENTION,
            FLEET_BROKER, FLEET_COUNTY, FLEET_CREDENTIAL, FLEET_COUNTY_KEYS, FLEET_CA, FLEET_TELEMETRY, FLEET_OUTBOX,
            FLEET_SCREENSHOT_KB,
            DATA_DIR);

    private ConfigSchema() {
    }

    public static Optional<ConfigKey<?>> find(String name) {
        return KEYS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The keys the county hub may set remotely ({@code config-set}, org.xiangli.kiosk.fleet). */
    public static List<ConfigKey<?>> remoteSettable() {
        return KEYS.stream().filter(ConfigKey::remoteSettable).toList();
    }

    /** The record the rest of the kiosk reads, from one value per key. */
    static KioskConfig toConfig(ConfigValues v) {
        return new KioskConfig(
                new KioskConfig.Station(v.get(STATION_CODE), v.get(STATION_NAME), v.get(TIME_ZONE)),
                new KioskConfig.Display(v.get(LANGUAGE), v.get(ORIENTATION), v.get(FULLSCREEN), v.get(WIDTH),
                        v.get(HEIGHT), v.get(LARGE_TEXT), v.get(CALL_SCREEN)),
                new KioskConfig.Timeouts(v.get(PAGE_TIMEOUT), v.get(ATTRACT_AFTER), v.get(SLIDE)),
                new KioskConfig.Devices(v.get(DEVICE_MODE), v.get(CARD_READER_PORT), v.get(CARD_READER_BAUD),
                        v.get(SCANNER_PORT), v.get(PRINTER), v.get(PAPER_WIDTH),
                        new KioskConfig.Gpio(v.get(PRESENCE_PIN), v.get(READY_LED_PIN), v.get(FAULT_LED_PIN),
                                v.get(HELP_BUTTON_PIN))),
                new KioskConfig.Content(v.get(FEED_URL), v.get(CONTENT_KEYS), v.get(USB_ROOT), v.get(POLL),
                        v.get(DOWNLOAD_STALL), v.get(DOWNLOAD_MAX), (long) v.get(MAX_BUNDLE_MB) << 20),
                new KioskConfig.Staff(v.get(STAFF_PORT), v.get(STAFF_HTTPS_PORT), v.get(STAFF_TLS_CERT),
                        v.get(STAFF_TLS_KEY), v.get(STAFF_PUBLIC_URL)),
                new KioskConfig.Technician(v.get(PIN_HASH)),
                new KioskConfig.Payments(v.get(PAYMENTS_URL), v.get(PAY_URL_HOSTS), v.get(PAYMENTS_CREDENTIALS), v.get(PAYMENTS_TIMEOUT),
                        v.get(PAYMENTS_KEY_FILE), v.get(PAYMENTS_KEYS), v.get(FACTOR_ATTEMPTS), v.get(LOCKOUT),
                        v.get(PAYMENTS_IDLE), v.get(RETENTION)),
                v.get(DATA_DIR),
                new KioskConfig.Queue(v.get(PRIORITY_AGE), v.get(PRIORITY_STREAK), v.get(SERVICE_TIME),
                        v.get(CALL_BUTTONS)),
                new KioskConfig.ScreenSchedule(v.get(SCREEN_OFF), v.get(SCREEN_ON)),
                fleet(v));
    }

    /** No broker, no fleet: nothing of it starts. */
    private static Optional<KioskConfig.Fleet> fleet(ConfigValues v) {
        if (v.get(FLEET_BROKER).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KioskConfig.Fleet(v.get(FLEET_BROKER), v.get(FLEET_COUNTY), v.get(FLEET_CREDENTIAL),
                v.get(FLEET_COUNTY_KEYS), v.get(FLEET_CA), v.get(FLEET_TELEMETRY), v.get(FLEET_OUTBOX),
                v.get(FLEET_SCREENSHOT_KB) * 1024));
    }
}
