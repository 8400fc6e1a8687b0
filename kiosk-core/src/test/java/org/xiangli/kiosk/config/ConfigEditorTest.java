package org.xiangli.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEditorTest {

    @TempDir
    Path dir;

    @Test
    void aRemoteSettableKeyIsReplacedInPlaceKeepingTheRestOfTheFile() throws Exception {
        Path file = dir.resolve("kiosk.toml");
        Files.writeString(file, "# our station\n[station]\ncode = \"QS-001\"\n\n[timeouts]\n# idle\npage_seconds = 90\n");
        KioskConfig config = ConfigEditor.set(file, "timeouts.page_seconds", "120");
        assertEquals(Duration.ofSeconds(120), config.timeouts().page());
        assertEquals("# our station\n[station]\ncode = \"QS-001\"\n\n[timeouts]\n# idle\npage_seconds = 120\n",
                Files.readString(file));
    }

    @Test
    void aMissingSectionOrKeyIsAddedAndABareWordIsTakenAsAString() throws Exception {
        Path file = dir.resolve("kiosk.toml");
        Files.writeString(file, "[station]\ncode = \"QS-001\"\n");
        ConfigEditor.set(file, "display.language", "en");
        KioskConfig config = ConfigEditor.set(file, "display.large_text", "true");
        assertEquals(Locale.ENGLISH, config.display().language());
        assertTrue(config.display().largeText());
        assertEquals("QS-001", config.station().code());
    }

    @Test
    void keysSetAtTheDeviceOnlyAndBadValuesAreRefusedAndTheFileIsUntouched() throws Exception {
        Path file = dir.resolve("kiosk.toml");
        Files.writeString(file, "[station]\ncode = \"QS-001\"\n");
        ConfigEditor.Refused local = assertThrows(ConfigEditor.Refused.class,
                () -> ConfigEditor.set(file, "fleet.broker_url", "tcp://evil:1883"));
        assertTrue(local.getMessage().contains("device only"), local.getMessage());
        assertThrows(ConfigEditor.Refused.class, () -> ConfigEditor.set(file, "timeouts.page_seconds", "5"));
        assertThrows(ConfigEditor.Refused.class, () -> ConfigEditor.set(file, "no.such_key", "1"));
        assertEquals("[station]\ncode = \"QS-001\"\n", Files.readString(file));
    }

    @Test
    void fleetNeedsACountyWithItsBroker() {
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().parse(
                "[fleet]\nbroker_url = \"ssl://mqtt.example.cn:8883\"\n", "kiosk.toml"));
        assertTrue(e.getMessage().contains("fleet.county"), e.getMessage());
    }

    @Test
    void noBrokerMeansNoFleet() throws Exception {
        assertTrue(new ConfigLoader().parse("", "kiosk.toml").fleet().isEmpty());
        KioskConfig config = new ConfigLoader().parse("[fleet]\nbroker_url = \"tcp://127.0.0.1:1883\"\n"
                + "county = \"360781\"\n", "kiosk.toml");
        assertEquals("360781", config.fleet().orElseThrow().county());
        assertEquals(Duration.ofMinutes(5), config.fleet().orElseThrow().telemetryEvery());
    }

    @Test
    void atTheDeviceKeysAreSetTogetherDigitsStayTextAndTheFileKeepsItsMode() throws Exception {
        Path file = dir.resolve("kiosk.toml");
        Files.writeString(file, "[station]\ncode = \"QS-001\"\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        java.util.Map<String, String> fleet = new java.util.LinkedHashMap<>();
        fleet.put("fleet.broker_url", "ssl://mqtt.county.example:8883");
        fleet.put("fleet.county", "360781");

        KioskConfig config = ConfigEditor.setAtDevice(file, fleet);

        assertEquals("360781", config.fleet().orElseThrow().county(), "a county code of digits is a string");
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)), "the kiosk's group can still read its config");
        assertThrows(ConfigEditor.Refused.class, () -> ConfigEditor.set(file, "fleet.county", "360782"),
                "not from afar");
    }
}
