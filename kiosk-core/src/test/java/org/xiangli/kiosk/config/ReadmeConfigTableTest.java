package org.xiangli.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table is made from {@link ConfigSchema}. When a key changes, regenerate it with
 * {@code ./mvnw -q -o -pl kiosk-core test -Dtest=ReadmeConfigTableTest -Dreadme.update=true}.
 */
class ReadmeConfigTableTest {

    // Tests run in the module's directory; the README is the project's.
    private static final Path README = Path.of("..", "README.md");

    @Test
    void theReadmeTableIsTheOneTheSchemaMakes() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("readme.update")) {
            readme = ConfigDocs.withTable(readme);
            Files.writeString(README, readme, StandardCharsets.UTF_8);
        }
        assertEquals(ConfigDocs.markdownTable(), ConfigDocs.tableIn(readme),
                "README.md's config table differs from the schema; rerun this test with -Dreadme.update=true");
    }

    @Test
    void everyKeyIsInTheReadme() throws IOException {
        String table = ConfigDocs.tableIn(Files.readString(README, StandardCharsets.UTF_8));
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            assertTrue(table.contains("| `" + key.name() + "` |"), key.name());
        }
    }

    @Test
    void givenAReadmeWithMarkers_whenTheTableIsReplaced_thenTheTextAroundItIsKept() {
        String readme = "# Title\n\nbefore\n" + ConfigDocs.TABLE_START + "\n| old |\n" + ConfigDocs.TABLE_END
                + "\n\nafter\n";
        String updated = ConfigDocs.withTable(readme);
        assertTrue(updated.startsWith("# Title\n\nbefore\n" + ConfigDocs.TABLE_START + "\n| key |"), updated);
        assertTrue(updated.endsWith(ConfigDocs.TABLE_END + "\n\nafter\n"), updated);
        assertEquals(ConfigDocs.markdownTable(), ConfigDocs.tableIn(updated));
    }
}
