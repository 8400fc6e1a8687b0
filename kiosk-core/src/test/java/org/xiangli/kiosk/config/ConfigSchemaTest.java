package org.xiangli.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.printer.PrinterAddress;
import org.xiangli.kiosk.toml.Toml;

/** The schema is the one place a key is declared: the example, the check and the docs all follow from it. */
class ConfigSchemaTest {

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void givenTheSchemaExample_whenParsed_thenEveryValueIsItsDefault() throws ConfigException {
        assertEquals(ConfigLoader.defaults(), loader.parse(ConfigDocs.exampleToml(), "example.toml"));
    }

    @Test
    void eachDefaultWrittenAsTomlReadsBackEqual() throws Exception {
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            assertRoundTrip(key);
        }
    }

    private static <T> void assertRoundTrip(ConfigKey<T> key) throws ConfigCodec.InvalidValue {
        Object raw = Toml.parse("v = " + key.defaultToml()).root().get("v");
        assertEquals(key.defaultValue(), key.codec().decode(raw), key.name());
    }

    @Test
    void keyNamesAreUniqueAndEachSectionIsOneRunInTheExample() {
        Set<String> names = new HashSet<>();
        List<String> sections = new java.util.ArrayList<>();
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            assertTrue(names.add(key.name()), "declared twice: " + key.name());
            if (sections.isEmpty() || !sections.getLast().equals(key.section())) {
                assertFalse(sections.contains(key.section()), "section split in two: " + key.section());
                sections.add(key.section());
            }
        }
    }

    @Test
    void everyKeyIsInTheExampleWithItsDescriptionAndExpectedValue() {
        String example = ConfigDocs.exampleToml();
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            assertTrue(example.contains("# " + key.description() + " (" + key.expected() + ")\n" + key.field()
                    + " = " + key.defaultToml() + "\n"), key.name());
        }
    }

    @Test
    void everyKeyIsCheckedByTheLoaderWhichNamesItsLineAndWhatItExpects() {
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            // An inline table is a wrong value for every key (for the call-button table: window "x").
            String text = "[" + key.section() + "]\n" + key.field() + " = { x = 1 }\n";
            ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(text, "kiosk.toml"),
                    key.name());
            assertEquals(1, e.problems().size(), e.getMessage());
            ConfigProblem problem = e.problems().getFirst();
            assertEquals(key.name(), problem.key());
            assertEquals(2, problem.line(), key.name());
            assertTrue(problem.expected().contains(key.expected()), problem.describe());
        }
    }

    @Test
    void everyKeyIsARowOfTheMarkdownTable() {
        List<String> rows = ConfigDocs.markdownTable().lines().skip(2).toList();
        assertEquals(ConfigSchema.KEYS.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ConfigKey<?> key = ConfigSchema.KEYS.get(i);
            assertTrue(rows.get(i).startsWith("| `" + key.name() + "` | `" + key.documentedDefault() + "` | "),
                    rows.get(i));
            assertTrue(rows.get(i).endsWith(" | " + key.description() + " |"), rows.get(i));
        }
    }

    @Test
    void theDemoPinHashIsDocumentedByWhatItIsNotByItsDigits() {
        assertEquals("hash of the demo PIN 246810", ConfigSchema.PIN_HASH.documentedDefault());
        assertEquals("\"" + ConfigLoader.DEMO_PIN_HASH + "\"", ConfigSchema.PIN_HASH.defaultToml());
    }

    @Test
    void presentationTimeoutsPollingAndQueueRulesAreRemoteSettableAndNothingElse() {
        Set<String> remote = new HashSet<>(ConfigSchema.remoteSettable().stream().map(ConfigKey::name).toList());
        assertEquals(Set.of("display.language", "display.orientation", "display.fullscreen", "display.width",
                "display.height", "display.large_text", "display.call_screen", "display.screen_off",
                "display.screen_on", "timeouts.page_seconds", "timeouts.attract_after_seconds",
                "timeouts.slide_seconds", "content.poll_minutes", "queue.priority_age", "queue.priority_max_streak",
                "queue.default_service_minutes", "fleet.telemetry_minutes"), remote);
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            boolean mustStayLocal = key.section().equals("devices") || key.section().equals("station")
                    || key.name().equals("data.dir") || key.name().equals("technician.pin_hash")
                    || key.field().endsWith("_url") || key.field().endsWith("_keys") || key.field().endsWith("_file")
                    || key.name().equals("queue.call_buttons");
            if (mustStayLocal) {
                assertFalse(key.remoteSettable(), key.name() + " is wiring, identity, a secret or a service address");
            }
        }
    }

    @Test
    void aPrinterAddressIsReadOnceIntoItsTypeAndABadOneSaysWhy() throws ConfigException {
        assertEquals(new PrinterAddress.Serial("/dev/ttyS0", 19200),
                loader.parse("[devices]\nprinter = \"serial:/dev/ttyS0@19200\"\n", "kiosk.toml").devices().printer());
        assertEquals(PrinterAddress.None.INSTANCE,
                loader.parse("[devices]\nprinter = \"none\"\n", "kiosk.toml").devices().printer());

        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("[devices]\nprinter = \"tcp:printer:99999\"\n", "kiosk.toml"));
        assertEquals("kiosk.toml:2: devices.printer = \"tcp:printer:99999\": expected " + PrinterAddress.FORMS
                + " (the TCP port must be 1-65535, not 99999)", e.getMessage());
    }

    @Test
    void aNulInAPathIsAProblemNotACrash() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("[data]\ndir = \"/var/\\u0000lib\"\n", "kiosk.toml"));
        assertTrue(e.getMessage().contains("data.dir"), e.getMessage());
    }
}
