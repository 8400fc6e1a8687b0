package org.xiangli.provisioning.setup;

import org.xiangli.provisioning.Output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.printer.PrinterAddress;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.config.PinHash;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.provisioning.KioskCtl;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void givenEveryOption_whenInit_thenTheKioskLoadsExactlyThoseSettings() throws Exception {
        String key = PublisherKey.of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()).encoded();
        Path file = dir.resolve("kiosk.toml");

        Output run = Output.run(() -> KioskCtl.run("init", "--no-services", "--station-code", "360121-007",
                "--station-name", "柳溪村\"便民\"服务站", "--feed-url", "https://county.example/feed.json",
                "--trusted-key", key, "--orientation", "portrait", "--printer", "tcp:192.0.2.10:9100",
                "--card-reader-port", "/dev/ttyUSB1", "--scanner-port", "/dev/ttyACM1", "--staff-port", "9090",
                "--screen-off", "22:00", "--screen-on", "07:00", "--pin", "864213", "-o", file.toString()));

        assertEquals(0, run.exitCode(), run.err());
        KioskConfig config = new ConfigLoader().load(file);
        assertEquals("360121-007", config.station().code());
        assertEquals("柳溪村\"便民\"服务站", config.station().name());
        assertEquals("https://county.example/feed.json", config.content().feedUrl());
        assertEquals(List.of(key), config.content().trustedKeys());
        assertEquals(KioskConfig.Orientation.PORTRAIT, config.display().orientation());
        assertEquals(KioskConfig.DeviceMode.HARDWARE, config.devices().mode());
        assertEquals(new PrinterAddress.Tcp("192.0.2.10", 9100), config.devices().printer());
        assertEquals("/dev/ttyUSB1", config.devices().cardReaderPort());
        assertEquals("/dev/ttyACM1", config.devices().scannerPort());
        assertEquals(9090, config.staff().port());
        assertEquals(Optional.of(LocalTime.of(22, 0)), config.screenSchedule().off());
        assertTrue(PinHash.matches("864213", config.technician().pinHash()));
        assertFalse(Files.readString(file).contains("864213"), "the PIN is stored only as a hash");
    }

    @Test
    void givenAnExistingConfig_whenInitWithoutForce_thenItIsKeptAndWithForceReplaced() throws Exception {
        Path file = dir.resolve("kiosk.toml");
        Files.writeString(file, "# the technician's config\n", StandardCharsets.UTF_8);

        Output refused = Output.run(() -> KioskCtl.run("init", "--no-services", "--station-code", "A-1", "--station-name", "甲村",
                "-o", file.toString()));
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("# the technician's config\n", Files.readString(file));

        Output forced = Output.run(() -> KioskCtl.run("init", "--no-services", "--station-code", "A-1", "--station-name", "甲村",
                "-o", file.toString(), "--force"));
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals("A-1", new ConfigLoader().load(file).station().code());
    }

    @Test
    void givenNoPin_whenInit_thenANewPinIsMadePrintedOnceAndStoredOnlyAsItsHash() throws Exception {
        Path file = dir.resolve("kiosk.toml");

        Output run = Output.run(() -> KioskCtl.run("init", "--no-services", "--station-code", "A-1", "--station-name", "甲村",
                "-o", file.toString()));

        assertEquals(0, run.exitCode(), run.err());
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("technician PIN [^:]*: (\\d+)")
                .matcher(run.out());
        assertTrue(printed.find(), run.out());
        String pin = printed.group(1);
        assertEquals(6, pin.length());
        String hash = new ConfigLoader().load(file).technician().pinHash();
        assertTrue(PinHash.matches(pin, hash));
        assertFalse(PinHash.matches(ConfigLoader.DEMO_PIN, hash), "not the public demo PIN");
        assertFalse(Files.readString(file).contains(pin));
    }

    @Test
    void givenAShortOrTheDemoPin_whenInit_thenNothingIsWritten() {
        for (String pin : List.of("8642", ConfigLoader.DEMO_PIN, "111111", "12345x")) {
            Path file = dir.resolve("kiosk-" + pin + ".toml");

            Output run = Output.run(() -> KioskCtl.run("init", "--no-services", "--station-code", "A-1", "--station-name", "甲村",
                    "--pin", pin, "-o", file.toString()));

            assertEquals(1, run.exitCode(), pin);
            assertTrue(run.err().contains("--pin"), run.err());
            assertFalse(Files.exists(file), pin);
        }
    }

    @Test
    void givenABadValue_whenInit_thenNothingIsWrittenAndTheKeyIsNamed() {
        Path file = dir.resolve("kiosk.toml");

        Output run = Output.run(() -> KioskCtl.run("init", "--no-services", "--station-code", "A 1 !", "--station-name", "甲村",
                "--screen-off", "25:99", "-o", file.toString()));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("station.code"), run.err());
        assertTrue(run.err().contains("display.screen_off"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void givenATrustedKeyFileThatIsMissing_whenInit_thenTheCauseIsSaidNotJustTheFileName() throws Exception {
        Path file = dir.resolve("kiosk.toml");

        Output run = Output.run(() -> KioskCtl.run("init", "--no-services", "--station-code", "A-1",
                "--station-name", "甲村", "--trusted-key", "publisher.pub", "-o", file.toString()));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--trusted-key publisher.pub: no such file"), run.err());
        assertFalse(Files.exists(file), "nothing written");
    }
}
