package org.xiangli.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content keys of kiosk.toml (issue 4): trusted publisher keys, USB mount root, poll interval. */
class ContentConfigTest {

    private static final String KEY = "ed25519:AfPKx49ck6uLcAJneofahe5zGc3wS1N4i8o/YWlML+8=";

    @Test
    void readsTrustedKeysUsbRootAndPollInterval() throws Exception {
        KioskConfig config = new ConfigLoader().parse("[content]\ntrusted_keys = [\"" + KEY + "\"]\n"
                + "usb_root = \"/run/media\"\npoll_minutes = 15\n", "kiosk.toml");

        assertEquals(List.of(KEY), config.content().trustedKeys());
        assertEquals(Path.of("/run/media"), config.content().usbRoot());
        assertEquals(Duration.ofMinutes(15), config.content().pollEvery());
    }

    @Test
    void defaultsTrustNoPublisherAndWatchMedia() {
        KioskConfig config = ConfigLoader.defaults();

        assertTrue(config.content().trustedKeys().isEmpty());
        assertEquals(Path.of("/media"), config.content().usbRoot());
    }

    @Test
    void aMalformedKeyIsReportedWithItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().parse(
                "[content]\n\ntrusted_keys = [\"rsa:abc\"]\n", "kiosk.toml"));

        assertTrue(e.getMessage().contains("kiosk.toml") && e.getMessage().contains("content.trusted_keys")
                && e.getMessage().contains("ed25519"), e.getMessage());
        assertTrue(e.getMessage().contains(":3"), e.getMessage());
    }

    @Test
    void theExampleFileListsTheContentKeysAndParses() throws Exception {
        String example = ConfigLoader.exampleToml();

        assertTrue(example.contains("trusted_keys = []"), example);
        new ConfigLoader().parse(example, "example");
    }
}
