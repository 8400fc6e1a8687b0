package org.xiangli.provisioning.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.config.PinHash;
import org.xiangli.provisioning.KioskCtl;
import org.xiangli.provisioning.Output;

class PinCommandTest {

    @TempDir
    Path dir;
    private final InputStream stdin = System.in;
    private Path config;

    @BeforeEach
    void aDeviceSetUp() throws Exception {
        config = dir.resolve("kiosk.toml");
        Files.writeString(config, """
                # set up by kioskctl init
                [station]
                code = "360121-007"
                name = "柳溪村便民服务站"
                """, StandardCharsets.UTF_8);
    }

    @AfterEach
    void restore() {
        System.setIn(stdin);
    }

    private Output kioskctl(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return Output.run(() -> KioskCtl.run(args));
    }

    @Test
    void givenAPinOnStdin_whenSet_thenOnlyItsHashIsInTheConfigAndTheRestStays() throws Exception {
        Output run = kioskctl("482915\n", "pin", "set", "--config", config.toString(), "--pin-stdin");

        assertEquals(0, run.exitCode(), run.err());
        KioskConfig loaded = new ConfigLoader().load(config);
        assertTrue(PinHash.matches("482915", loaded.technician().pinHash()));
        assertEquals("360121-007", loaded.station().code());
        String text = Files.readString(config);
        assertFalse(text.contains("482915"), text);
        assertTrue(text.contains("# set up by kioskctl init"), text);
        assertTrue(run.out().contains("systemctl restart xiangli-kiosk"), run.out());
    }

    @Test
    void givenGenerate_whenSet_thenThePrintedPinIsTheOneStored() throws Exception {
        Output run = kioskctl("", "pin", "set", "--config", config.toString(), "--generate");

        assertEquals(0, run.exitCode(), run.err());
        Matcher shown = Pattern.compile("write it down\\): (\\d{6})").matcher(run.out());
        assertTrue(shown.find(), run.out());
        assertTrue(PinHash.matches(shown.group(1), new ConfigLoader().load(config).technician().pinHash()));
    }

    @Test
    void givenAWeakTheDemoOrNoPin_whenSet_thenAClearErrorAndTheConfigIsUntouched() throws Exception {
        String before = Files.readString(config);
        for (String pin : new String[] {"111111", ConfigLoader.DEMO_PIN, "12ab56", "123", ""}) {
            Output run = kioskctl(pin + "\n", "pin", "set", "--config", config.toString(), "--pin-stdin");

            assertEquals(2, run.exitCode(), pin + ": " + run.out());
            assertFalse(run.err().isBlank(), pin);
            assertEquals(before, Files.readString(config), pin);
        }
    }

    @Test
    void givenNoConfigYet_whenSet_thenItSaysToSetTheKioskUpFirst() {
        Output run = kioskctl("482915\n", "pin", "set", "--config", dir.resolve("none.toml").toString(),
                "--pin-stdin");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("kioskctl init"), run.err());
        assertFalse(Files.exists(dir.resolve("none.toml")));
    }
}
