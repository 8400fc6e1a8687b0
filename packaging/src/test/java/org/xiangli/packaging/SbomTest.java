package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The software bill of materials the build writes at the top level (target/bom.json and target/bom.xml, CycloneDX's
 * makeAggregateBom at package): it names what the .deb ships, each library with the version in the package.
 */
class SbomTest {

    /** Where the top-level build writes it; the tests run in this module's folder. */
    private static final Path BOM_JSON = Path.of("..", "target", "bom.json");
    private static final Path BOM_XML = Path.of("..", "target", "bom.xml");
    /** The libraries both launchers put on the class path, as the package ships them (see this module's pom). */
    private static final Path LIB = Path.of("target", "lib");

    /** Said with every failure: a stale SBOM is the likeliest cause. */
    private static final String HOW = "the SBOM is made by a build from the top folder that is online "
            + "(./mvnw package; CycloneDX skips it under -o, leaving an older one)";

    private static JsonNode bom;

    @BeforeAll
    static void readTheSbom() throws IOException {
        assertTrue(Files.isRegularFile(BOM_JSON), BOM_JSON.toAbsolutePath()
                + " is missing: " + HOW);
        bom = new ObjectMapper().readTree(BOM_JSON.toFile());
    }

    private static List<JsonNode> components() {
        List<JsonNode> all = new ArrayList<>();
        bom.path("components").forEach(all::add);
        return all;
    }

    private static List<String> shippedJars() throws IOException {
        try (Stream<Path> jars = Files.list(LIB)) {
            return jars.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void theSbomNamesSqliteJdbcAtTheVersionThePackageShips() throws Exception {
        String shipped = shippedJars().stream().filter(n -> n.matches("sqlite-jdbc-[0-9.]+\\.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no sqlite-jdbc jar in " + LIB.toAbsolutePath()));
        String version = shipped.substring("sqlite-jdbc-".length(), shipped.length() - ".jar".length());

        JsonNode sqlite = components().stream()
                .filter(c -> c.path("group").asText().equals("org.xerial")
                        && c.path("name").asText().equals("sqlite-jdbc"))
                .findFirst().orElseThrow(() -> new AssertionError("sqlite-jdbc is not in " + BOM_JSON + "; " + HOW));

        assertEquals(version, sqlite.path("version").asText(), HOW);
        assertEquals("pkg:maven/org.xerial/sqlite-jdbc@" + version + "?type=jar", sqlite.path("purl").asText());
        assertTrue(Files.readString(BOM_XML).contains("pkg:maven/org.xerial/sqlite-jdbc@" + version),
                "the XML form names it too");
    }

    @Test
    void everyJarThePackageShipsIsInTheSbomWithThatVersion() throws Exception {
        // A jar in lib/ is named artifactId-version.jar; the SBOM's components give those names.
        Set<String> named = new TreeSet<>();
        for (JsonNode c : components()) {
            named.add(c.path("name").asText() + "-" + c.path("version").asText() + ".jar");
        }
        List<String> jars = shippedJars();
        assertFalse(jars.isEmpty(), "no jars in " + LIB.toAbsolutePath());

        List<String> missing = jars.stream().filter(j -> !named.contains(j)).toList();

        assertEquals(List.of(), missing, "shipped but not in the SBOM (or at another version); " + HOW
                + "; the SBOM names " + named);
    }

    @Test
    void everyThirdPartyLibraryNamesItsLicence() {
        List<String> without = components().stream()
                .filter(c -> !c.path("group").asText().equals("org.xiangli"))
                .filter(c -> c.path("licenses").isEmpty())
                .map(c -> c.path("group").asText() + ":" + c.path("name").asText())
                .toList();

        assertEquals(List.of(), without);
    }

    @Test
    void itIsReproducibleNoBuildTimeInside() {
        // project.build.outputTimestamp puts the plugin in reproducible mode: two builds of one commit agree.
        assertTrue(bom.path("metadata").path("timestamp").isMissingNode(), bom.path("metadata").toString());
        assertTrue(bom.path("serialNumber").asText().startsWith("urn:uuid:"), bom.path("serialNumber").asText());
    }
}
