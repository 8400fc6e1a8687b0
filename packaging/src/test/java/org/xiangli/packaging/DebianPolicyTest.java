package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xiangli.packaging.Debs.Run;

/** What Debian asks of a package: a machine-readable copyright file naming every bundled jar, and lintian's word. */
class DebianPolicyTest {

    /**
     * The lintian warnings we accept, each with the reason (the README's package section lists them too). Any
     * other warning, and any error, fails the test.
     */
    private static final Map<String, String> ACCEPTED_WARNINGS = Map.of(
            "unknown-java-class-version", "Java 25 class files (69) and JavaFX 26's (68): newer than lintian knows",
            "classpath-contains-relative-path", "kioskctl.jar names its libraries as lib/NAME.jar beside it: the same "
                + "jar runs from the build tree and from /usr/share/xiangli");

    @TempDir
    Path dir;

    /** A paragraph of debian/copyright: its fields, continuation lines joined. */
    record Paragraph(Map<String, String> fields) {

        List<String> files() {
            String files = fields.get("Files");
            return files == null ? List.of() : List.of(files.trim().split("\\s+"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void theCopyrightFileIsMachineReadableAndNamesEveryBundledJarAndItsLicence(String arch) throws Exception {
        Path tree = Debs.unpack(arch, dir);
        List<Paragraph> paragraphs = parse(Files.readString(tree.resolve("usr/share/doc/xiangli/copyright")));

        assertTrue(paragraphs.getFirst().fields().get("Format").contains("copyright-format/1.0"));
        List<Paragraph> files = paragraphs.stream().filter(p -> p.fields().containsKey("Files")).toList();
        Set<String> standalone = new TreeSet<>();
        paragraphs.stream().filter(p -> !p.fields().containsKey("Files") && p.fields().containsKey("License"))
                .forEach(p -> standalone.add(p.fields().get("License").lines().findFirst().orElseThrow().strip()));
        List<String> jars = new ArrayList<>();
        for (String folder : List.of("usr/share/xiangli/lib", "usr/share/xiangli/javafx")) {
            try (Stream<Path> list = Files.list(tree.resolve(folder))) {
                list.forEach(f -> jars.add(folder + "/" + f.getFileName()));
            }
        }

        for (String jar : jars) {
            assertTrue(files.stream().anyMatch(p -> p.files().stream().anyMatch(g -> !g.equals("*") && glob(g, jar))),
                    jar + " has no paragraph in the copyright file");
        }
        for (Paragraph p : files) {
            for (String glob : p.files()) {
                if (glob.startsWith("usr/share/xiangli/lib/") || glob.startsWith("usr/share/xiangli/javafx/")) {
                    assertTrue(jars.stream().anyMatch(j -> glob(glob, j)), glob + " names no jar in the package");
                }
            }
            assertTrue(p.fields().containsKey("Copyright"), p.files() + " has no Copyright");
            String license = p.fields().get("License").strip();
            for (String name : license.split(" or ")) {
                assertTrue(standalone.contains(name), "no License: " + name + " paragraph (" + p.files() + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void lintianFindsNoErrorsAndOnlyTheWarningsTheReadmeExplains(String arch) throws Exception {
        Run lintian = Debs.run(Map.of(), "lintian", "--tag-display-limit", "0", "--display-level", ">=warning",
                Debs.deb(arch).toString());

        List<String> errors = lintian.output().lines().filter(l -> l.startsWith("E: ")).toList();
        assertEquals(List.of(), errors, lintian.output());
        Set<String> warnings = new TreeSet<>();
        lintian.output().lines().filter(l -> l.startsWith("W: "))
                .forEach(l -> warnings.add(l.split("\\s+")[2]));
        warnings.removeAll(ACCEPTED_WARNINGS.keySet());
        assertEquals(Set.of(), warnings, lintian.output());
        assertFalse(lintian.output().contains("lintian: command not found"), "apt-get install lintian");
    }

    private static boolean glob(String glob, String path) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return path.matches(regex.toString());
    }

    private static List<Paragraph> parse(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (String block : text.split("\n\\s*\n")) {
            Map<String, String> fields = new LinkedHashMap<>();
            String last = null;
            for (String line : block.lines().toList()) {
                if (line.startsWith(" ") && last != null) {
                    fields.put(last, fields.get(last) + "\n" + line.strip());
                } else {
                    int colon = line.indexOf(':');
                    last = line.substring(0, colon);
                    fields.put(last, line.substring(colon + 1).strip());
                }
            }
            out.add(new Paragraph(fields));
        }
        return out;
    }
}
