package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;

/** The config the kiosk runs with, from the command line and the file. */
class KioskMainConfigTest {

    @TempDir
    Path dir;

    @Test
    void aDeviceWhoseConfigHasNoPinOfItsOwnRunsWithNoTechnicianPinAndDemoModeKeepsTheDemoPin() throws Exception {
        Path file = dir.resolve("kiosk.toml");
        Files.writeString(file, "[station]\ncode = \"360121-007\"\n");

        KioskConfig device = KioskMain.resolveConfig(LaunchOptions.parse(List.of("--config", file.toString())));
        KioskConfig demo = KioskMain.resolveConfig(LaunchOptions.parse(List.of("--demo", "--config",
                file.toString(), "--data", dir.resolve("data").toString())));

        assertEquals("", device.technician().pinHash(), "the public demo PIN opens nothing on a device");
        assertEquals(ConfigLoader.DEMO_PIN_HASH, demo.technician().pinHash());
    }
}
