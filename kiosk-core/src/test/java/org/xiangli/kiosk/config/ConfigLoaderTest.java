package org.xiangli.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.printer.PrinterAddress;
import org.xiangli.kiosk.keys.PublisherKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void anEmptyFileGivesTheDocumentedDefaults() throws ConfigException {
        KioskConfig c = loader.parse("", "kiosk.toml");
        assertEquals("DEMO-001", c.station().code());
        assertEquals(ZoneId.of("Asia/Shanghai"), c.station().timeZone());
        assertEquals(Locale.SIMPLIFIED_CHINESE, c.display().language());
        assertEquals(KioskConfig.Orientation.LANDSCAPE, c.display().orientation());
        assertTrue(c.display().fullscreen());
        assertEquals(Duration.ofSeconds(90), c.timeouts().page());
        assertEquals(new KioskConfig.Staff(8080, 8443, "", ""), c.staff(), "plain HTTP unless TLS files are set");
        assertEquals(Path.of("/var/lib/xiangli"), c.dataDir());
        assertTrue(PinHash.matches("246810", c.technician().pinHash()));
    }

    @Test
    void everyDocumentedKeyIsRead() throws Exception {
        String pin = PinHash.hash("8642");
        String publisher = PublisherKey.of(java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPublic()).encoded();
        String text = """
                [station]
                code = "360121-007"
                name = "柳溪村便民服务站"
                time_zone = "Asia/Urumqi"
                [display]
                language = "en"
                orientation = "portrait"
                fullscreen = false
                width = 1080
                height = 1920
                large_text = true
                call_screen = true
                screen_off = "21:30"
                screen_on = "06:45"
                [timeouts]
                page_seconds = 60
                attract_after_seconds = 300
                slide_seconds = 12
                [devices]
                mode = "hardware"
                card_reader_port = "/dev/ttyUSB3"
                card_reader_baud = 57600
                scanner_port = "/dev/input/event4"
                printer = "tcp:192.0.2.10:9100"
                paper_width_mm = 58
                presence_pin = 4
                ready_led_pin = 22
                fault_led_pin = 23
                help_button_pin = 24
                [content]
                feed_url = "https://county.example/feed.json"
                trusted_keys = ["%s"]
                usb_root = "/run/media"
                poll_minutes = 15
                download_stall_seconds = 90
                download_max_minutes = 45
                max_bundle_mb = 64
                [staff]
                port = 9090
                https_port = 9443
                tls_cert = "/etc/xiangli/staff-cert.pem"
                tls_key = "/etc/xiangli/staff-key.pem"
                public_url = "http://192.0.2.20:9090/"
                [technician]
                pin_hash = "%s"
                [payments]
                service_url = "https://pay.example/api"
                pay_url_hosts = ["pay.example", "wx.pay.example.cn"]
                credentials_file = "/etc/xiangli/payments.token"
                timeout_seconds = 5
                key_file = "/etc/xiangli/payments.key"
                trusted_keys = ["%s"]
                factor_attempts = 4
                lockout_minutes = 30
                idle_seconds = 45
                [privacy]
                retention_days = 180
                [data]
                dir = "/srv/xiangli"
                [queue]
                priority_age = 65
                priority_max_streak = 3
                default_service_minutes = 8
                call_buttons = { "1" = 17, "3" = 27 }
                [fleet]
                broker_url = "ssl://mqtt.county.example:8883"
                county = "360121"
                credential_file = "/etc/xiangli/fleet.credential"
                county_keys_file = "/etc/xiangli/county-keys.pub"
                ca_file = "/etc/xiangli/county-ca.pem"
                telemetry_minutes = 10
                outbox_max = 5000
                screenshot_max_kb = 256
                """.formatted(publisher, pin, publisher);
        Set<String> written = text.lines().filter(l -> l.contains(" = ")).map(l -> l.split(" = ")[0])
                .collect(Collectors.toSet());
        Set<String> documented = ConfigSchema.KEYS.stream().map(k -> k.name().substring(k.name().indexOf('.') + 1))
                .collect(Collectors.toSet());
        assertEquals(documented, written, "this test sets every documented key");

        KioskConfig c = loader.parse(text, "kiosk.toml");
        assertEquals("360121-007", c.station().code());
        assertEquals("柳溪村便民服务站", c.station().name());
        assertEquals(ZoneId.of("Asia/Urumqi"), c.station().timeZone());
        assertEquals(Locale.ENGLISH, c.display().language());
        assertEquals(KioskConfig.Orientation.PORTRAIT, c.display().orientation());
        assertFalse(c.display().fullscreen());
        assertEquals(1080, c.display().width());
        assertEquals(1920, c.display().height());
        assertTrue(c.display().largeText());
        assertTrue(c.display().callScreen());
        assertEquals(Duration.ofSeconds(60), c.timeouts().page());
        assertEquals(Duration.ofSeconds(300), c.timeouts().attractAfter());
        assertEquals(Duration.ofSeconds(12), c.timeouts().slide());
        assertEquals(KioskConfig.DeviceMode.HARDWARE, c.devices().mode());
        assertEquals("/dev/ttyUSB3", c.devices().cardReaderPort());
        assertEquals(57600, c.devices().cardReaderBaud());
        assertEquals("/dev/input/event4", c.devices().scannerPort());
        assertEquals(new PrinterAddress.Tcp("192.0.2.10", 9100), c.devices().printer());
        assertEquals(58, c.devices().paperWidthMm());
        assertEquals("https://county.example/feed.json", c.content().feedUrl());
        assertEquals(java.util.List.of(publisher), c.content().trustedKeys());
        assertEquals(Path.of("/run/media"), c.content().usbRoot());
        assertEquals(Duration.ofMinutes(15), c.content().pollEvery());
        assertEquals(Duration.ofSeconds(90), c.content().downloadStall());
        assertEquals(Duration.ofMinutes(45), c.content().downloadMax());
        assertEquals(64L << 20, c.content().maxBundleBytes());
        assertEquals(new KioskConfig.Staff(9090, 9443, "/etc/xiangli/staff-cert.pem", "/etc/xiangli/staff-key.pem",
                "http://192.0.2.20:9090/"), c.staff());
        assertEquals(java.util.List.of("pay.example", "wx.pay.example.cn"), c.payments().payUrlHosts());
        KioskConfig.Fleet fleet = c.fleet().orElseThrow();
        assertEquals("ssl://mqtt.county.example:8883", fleet.brokerUrl());
        assertEquals("360121", fleet.county());
        assertEquals(Path.of("/etc/xiangli/fleet.credential"), fleet.credentialFile());
        assertEquals(Path.of("/etc/xiangli/county-keys.pub"), fleet.countyKeysFile());
        assertEquals("/etc/xiangli/county-ca.pem", fleet.caFile());
        assertEquals(Duration.ofMinutes(10), fleet.telemetryEvery());
        assertEquals(5000, fleet.outboxMax());
        assertEquals(256 * 1024, fleet.screenshotMaxBytes());
        assertTrue(PinHash.matches("8642", c.technician().pinHash()));
        assertEquals(Path.of("/srv/xiangli"), c.dataDir());
        assertEquals(65, c.queue().priorityAge());
        assertEquals(3, c.queue().maxPriorityStreak());
        assertEquals(Duration.ofMinutes(8), c.queue().defaultServiceTime());
        assertEquals(java.util.Map.of(1, 17, 3, 27), c.queue().callButtons());
        assertEquals(java.util.Optional.of(java.time.LocalTime.of(21, 30)), c.screenSchedule().off());
        assertEquals(java.util.Optional.of(java.time.LocalTime.of(6, 45)), c.screenSchedule().on());
        assertEquals("https://pay.example/api", c.payments().serviceUrl());
        assertEquals("/etc/xiangli/payments.token", c.payments().credentialsFile());
        assertEquals(Duration.ofSeconds(5), c.payments().timeout());
        assertEquals(Path.of("/etc/xiangli/payments.key"), c.paymentsKeyFile());
        assertEquals(java.util.List.of(publisher), c.payments().trustedKeys());
        assertEquals(4, c.payments().factorAttempts());
        assertEquals(Duration.ofMinutes(30), c.payments().lockout());
        assertEquals(Duration.ofSeconds(45), c.payments().idle());
        assertEquals(Duration.ofDays(180), c.payments().retention());
    }

    @Test
    void gpioPinsAreBcmTwoToTwentySevenOrZeroForNone() throws ConfigException {
        KioskConfig c = loader.parse("[devices]\npresence_pin = 4\nhelp_button_pin = 0\n", "kiosk.toml");
        assertEquals(java.util.OptionalInt.of(4), c.devices().gpio().presenceSensor());
        assertEquals(java.util.OptionalInt.empty(), c.devices().gpio().helpButton());
        assertEquals(KioskConfig.Gpio.NONE, loader.parse("", "kiosk.toml").devices().gpio());

        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(
                "[devices]\nready_led_pin = 1\nfault_led_pin = 40\nhelp_button_pin = \"GPIO5\"\n", "kiosk.toml"));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("BCM pin 2-27"), e.getMessage());
    }

    @Test
    void aScreenTimeThatIsNotHhMmIsReportedWithItsLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("[display]\nscreen_off = \"25:00\"\n", "kiosk.toml"));
        assertTrue(e.getMessage().contains("kiosk.toml:2"), e.getMessage());
        assertTrue(e.getMessage().contains("HH:MM"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[display]\\norientation = \"sideways\"|kiosk.toml:2: display.orientation = \"sideways\": expected landscape or portrait",
        "[staff]\\nport = 80|kiosk.toml:2: staff.port = 80: expected an integer 1024-65535",
        "[staff]\\nport = \"8080\"|kiosk.toml:2: staff.port = \"8080\": expected an integer 1024-65535",
        "[timeouts]\\npage_seconds = 5|kiosk.toml:2: timeouts.page_seconds = 5: expected an integer 10-600",
        "[station]\\ntime_zone = \"Mars/Base\"|kiosk.toml:2: station.time_zone = \"Mars/Base\": expected an IANA time zone",
        "[station]\\ncode = \"青石村\"|kiosk.toml:2: station.code = \"青石村\": expected 1-32 letters, digits or '-'",
        "[devices]\\nprinter = \"lpt1\"|kiosk.toml:2: devices.printer = \"lpt1\": expected serial:/dev/PORT[@BAUD]",
        "[devices]\\ncard_reader_baud = 12345|kiosk.toml:2: devices.card_reader_baud = 12345: expected one of 9600",
        "[devices]\\npaper_width_mm = 76|kiosk.toml:2: devices.paper_width_mm = 76: expected 58 or 80",
        "[display]\\nfullscreen = \"yes\"|kiosk.toml:2: display.fullscreen = \"yes\": expected true or false",
        "[content]\\nfeed_url = \"ftp://x\"|kiosk.toml:2: content.feed_url = \"ftp://x\": expected empty, or an http:// or https:// URL",
        "[payments]\\nservice_url = \"http://county.example/api\"|kiosk.toml:2: payments.service_url = \"http://county.example/api\": expected empty, or an https:// URL",
        "[payments]\\npay_url_hosts = [\"https://pay.example\"]|kiosk.toml:2: payments.pay_url_hosts = \"https://pay.example\": expected a list of host names",
        "[technician]\\npin_hash = \"1234\"|kiosk.toml:2: technician.pin_hash = \"1234\": expected a hash written by kioskctl",
        "[data]\\ndir = \"relative\"|kiosk.toml:2: data.dir = \"relative\": expected an absolute directory path",
        "[station]\\nnmae = \"x\"|kiosk.toml:2: station.nmae: unknown key; known keys are",
        "[station\\nname = \"x\"|kiosk.toml:1: not valid TOML"})
    void aBadFileNamesTheLineKeyValueAndWhatIsExpected(String text, String message) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse(text.replace("\\n", "\n"), "kiosk.toml"));
        assertTrue(e.getMessage().startsWith(message), () -> "got: " + e.getMessage());
    }

    @Test
    void aFileThatIsNotTomlNamesTheLineAndColumnOfItsFirstError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("[station]\ncode = \"A\"\ncode = \"B\"\n", "kiosk.toml"));
        assertEquals("kiosk.toml:3: not valid TOML at column 1: duplicate key \"station.code\": it was set on line 2",
                e.getMessage());
    }

    @Test
    void aConfigNamedOnTheCommandLineIsTheOneLoadedAndMustExist(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("kiosk.toml");
        java.nio.file.Files.writeString(file, "[station]\ncode = \"TEST-9\"\n");
        assertEquals(file, ConfigLoader.locate(java.util.Optional.of(file)));
        assertEquals("TEST-9", ConfigLoader.loadApplicable(java.util.Optional.of(file)).station().code());
        java.io.IOException missing = assertThrows(java.io.IOException.class,
                () -> ConfigLoader.loadApplicable(java.util.Optional.of(dir.resolve("nope.toml"))));
        assertTrue(missing.getMessage().contains("nope.toml"), missing.getMessage());
    }

    @Test
    void allProblemsOfAFileAreReportedTogether() {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(
                "[staff]\nport = 1\n[display]\nwidth = 1\n", "kiosk.toml"));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(2, e.problems().get(0).line());
        assertEquals(4, e.problems().get(1).line());
    }

    @Test
    void callButtonTablesWithABadWindowPinOrAPinTwiceAreRefusedWithTheirLine() {
        for (String bad : java.util.List.of("{ \"0\" = 17 }", "{ \"x\" = 17 }", "{ \"1\" = 40 }",
                "{ \"1\" = \"17\" }", "{ \"1\" = 17, \"2\" = 17 }", "17")) {
            ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(
                    "[queue]\npriority_age = 60\ncall_buttons = " + bad + "\n", "kiosk.toml"), bad);
            assertEquals(3, e.problems().getFirst().line(), bad);
            assertTrue(e.getMessage().contains("queue.call_buttons"), e.getMessage());
        }
        assertEquals(java.util.Map.of(), ConfigLoader.defaults().queue().callButtons());
    }

    @Test
    void theExampleFileIsValidAndDocumentsEveryKey() throws ConfigException {
        String example = ConfigLoader.exampleToml();
        loader.parse(example, "example.toml");
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            assertTrue(example.contains(key.name().substring(key.name().indexOf('.') + 1) + " = "), key.name());
        }
    }

    @Test
    void randomAndMutatedFilesOnlyEverFailWithAConfigException() {
        Random random = new Random(2026);
        String seed = ConfigLoader.exampleToml();
        String alphabet = "[]=\"'#.\n -_0123456789abcdefxyz中文\\{}";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder(seed);
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                loader.parse(text.toString(), "fuzz.toml");
            } catch (ConfigException expected) {
                assertFalse(expected.problems().isEmpty());
            }
        }
    }
}
