package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
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
import java.util.jar.JarFile;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xiangli.packaging.Debs.Run;

/**
 * The built .deb files (amd64 and arm64), inspected with dpkg-deb and checked with lintian; the one for this machine
 * is run unpacked. The copyright file must name every bundled jar and its licence.
 */
class DebPackageTest {

    /**
     * The lintian warnings we accept, each with the reason (the README's package section lists them too). Any
     * other warning, and any error, fails the test.
     */
    private static final Map<String, String> ACCEPTED_WARNINGS = Map.of(
            "unknown-java-class-version", "Java 25 class files (69) and JavaFX 26's (68): newer than lintian knows",
            "classpath-contains-relative-path", "kioskctl.jar names its libraries as lib/NAME.jar beside it: the same "
                + "jar runs from the build tree and from /usr/share/xiangli",
            "hardening-no-relro", "libsqlitejdbc.so is sqlite-jdbc's own build, shipped as its jar carries it; "
                + "rebuilding SQLite for the package is not worth a second toolchain",
            "mismatched-override", "an arm64 package built without its Java runtime (no -Dxiangli.arm64.jdk) has no "
                + "usr/lib/xiangli/jre for the runtime's embedded-library override to match, while OpenJFX's "
                + "libjavafx_iio has its own");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void infoNamesTheVersionOfTheCommitTheRuntimeDependenciesAndTheJvmTrigger(String arch) throws Exception {
        Run info = Debs.run(Map.of(), "dpkg-deb", "--info", Debs.deb(arch).toString());

        assertEquals(0, info.exitCode(), info.output());
        assertTrue(info.output().contains("Package: xiangli"), info.output());
        assertTrue(info.output().contains("Architecture: " + arch), info.output());
        String version = field(info.output(), "Version");
        assertTrue(version.matches("0\\.1\\.0~(git\\d{14}\\.[0-9a-f]{7,}|~nogit)"), version);
        assertTrue(Debs.deb(arch).getFileName().toString().equals("xiangli_" + version + "_" + arch + ".deb"));
        String depends = field(info.output(), "Depends");
        for (String needed : List.of("cage", "xwayland", "fonts-noto-cjk", "espeak-ng", "systemd")) {
            assertTrue(depends.contains(needed), "Depends lacks " + needed + ": " + depends);
        }
        // A package that carries its Java runtime depends on none; one without it (arm64 built without
        // -Dxiangli.arm64.jdk) on a Java 25 package.
        boolean carriesRuntime = Debs.run(Map.of(), "sh", "-c", "dpkg-deb -c '" + Debs.deb(arch)
                + "' | grep -q ' ./usr/lib/xiangli/jre/bin/java$'").exitCode() == 0;
        assertEquals(!carriesRuntime, depends.contains("openjdk-25-jre | temurin-25-jre"), depends);
        if (arch.equals("amd64")) {
            assertTrue(carriesRuntime, "the amd64 package carries the build JDK's runtime");
        }

        Path control = Debs.control(arch, dir);
        assertTrue(Files.readString(control.resolve("triggers")).contains("interest-noawait /usr/lib/jvm"));
        String postinst = Files.readString(control.resolve("postinst"));
        assertTrue(postinst.contains("deb-systemd-helper enable"), postinst);
        assertTrue(postinst.contains("kioskctl install --keys-only"), postinst);
        assertTrue(postinst.contains("triggered)") && postinst.contains("xiangli-aot-train"), postinst);
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void contentsHoldEachJarOnceJavaFxForThatArchitectureOnlyAndExecutableLaunchers(String arch) throws Exception {
        Run contents = Debs.run(Map.of(), "dpkg-deb", "--contents", Debs.deb(arch).toString());

        assertEquals(0, contents.exitCode(), contents.output());
        List<String> lines = contents.output().lines().toList();
        for (String launcher : List.of("./usr/bin/kioskctl", "./usr/share/xiangli/bin/xiangli-kiosk",
                "./usr/share/xiangli/bin/xiangli-screen", "./usr/share/xiangli/bin/xiangli-aot-train",
                "./usr/share/xiangli/bin/xiangli-usb-mount")) {
            assertTrue(has(lines, "-rwxr-xr-x", launcher), launcher + " in " + contents.output());
        }
        assertTrue(has(lines, "-rw-r--r--", "./usr/share/xiangli/kiosk.jar"), contents.output());
        assertTrue(has(lines, "-rw-r--r--", "./usr/share/xiangli/kioskctl.jar"), contents.output());
        assertFalse(lines.stream().anyMatch(l -> l.matches(".*/lib/(kiosk|provisioning)-[0-9].*\\.jar")),
                "kiosk.jar and kioskctl.jar are shipped once, under their own names");
        String suffix = arch.equals("arm64") ? "-linux-aarch64.jar" : "-linux.jar";
        List<String> javafx = lines.stream().filter(l -> l.contains("javafx-") && l.endsWith(".jar")).toList();
        assertEquals(3, javafx.size(), "base, graphics, controls for " + arch + ": " + javafx);
        assertTrue(javafx.stream().allMatch(l -> l.endsWith(suffix) && l.contains("/usr/share/xiangli/javafx/")),
                arch + " needs only " + suffix + " on the module path: " + javafx);
    }

    @Test
    void unitsSysusersTmpfilesAndTheUsbRuleAreDpkgsFiles() throws Exception {
        Path tree = Debs.unpack(Debs.machineArch(), dir);

        for (String unit : List.of("xiangli-kiosk.service", "xiangli-sync.service", "xiangli-sync.timer",
                "xiangli-screen-off.service", "xiangli-screen-off.timer", "xiangli-screen-on.service",
                "xiangli-screen-on.timer", "xiangli-usb-mount@.service")) {
            assertEquals(Files.readString(Path.of("../systemd", unit)),
                    Files.readString(tree.resolve("usr/lib/systemd/system/" + unit)), unit);
        }
        assertEquals(Files.readString(Path.of("../systemd/xiangli.sysusers")),
                Files.readString(tree.resolve("usr/lib/sysusers.d/xiangli.conf")));
        assertEquals(Files.readString(Path.of("../systemd/xiangli.tmpfiles")),
                Files.readString(tree.resolve("usr/lib/tmpfiles.d/xiangli.conf")));
        assertTrue(Files.isRegularFile(tree.resolve("usr/lib/udev/rules.d/90-xiangli-usb.rules")));
        assertFalse(Files.exists(tree.resolve("etc")), "nothing in /etc: config and keys are the technician's");
    }

    @Test
    void kioskctlHasAManPageForEveryCommandAndBashCompletion() throws Exception {
        Path tree = Debs.unpack(Debs.machineArch(), dir);
        Path man = tree.resolve("usr/share/man/man1");

        String page = gunzip(man.resolve("kioskctl.1.gz"));
        assertTrue(page.contains(".TH \"KIOSKCTL\" \"1\""), page);
        for (String command : List.of("install", "init", "enroll", "diag", "selftest", "sync")) {
            assertTrue(page.contains(command), "kioskctl(1) lacks " + command);
            assertTrue(Files.isRegularFile(man.resolve("kioskctl-" + command + ".1.gz")), command);
        }
        assertTrue(gunzip(man.resolve("kioskctl-install.1.gz")).contains("keys\\-only"), "a page of this build");
        Run render = Debs.run(Map.of("MANWIDTH", "80", "LC_ALL", "C.UTF-8"), "sh", "-c",
                "man --warnings -l " + man.resolve("kioskctl.1.gz") + " 2>&1 >/dev/null");
        assertEquals("", render.output().strip(), "groff warnings");

        Path completion = tree.resolve("usr/share/bash-completion/completions/kioskctl");
        Run complete = Debs.run(Map.of(), "bash", "-c", "source " + completion + " && complete -p kioskctl");
        assertEquals(0, complete.exitCode(), complete.output());
        assertTrue(complete.output().contains("kioskctl"), complete.output());
    }

    @Test
    void kioskctlsClassPathHoldsNoJavaFxAndNoWebServer() throws Exception {
        Path tree = Debs.unpack(Debs.machineArch(), dir);
        Path home = tree.resolve("usr/share/xiangli");

        String launcher = Files.readString(tree.resolve("usr/bin/kioskctl"));
        assertTrue(launcher.contains("-jar \"$home/kioskctl.jar\""), launcher);
        assertFalse(launcher.contains("lib/*"), "kioskctl must not put the whole lib folder on its class path");
        String classPath;
        try (JarFile jar = new JarFile(home.resolve("kioskctl.jar").toFile())) {
            classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
        }
        List<String> entries = List.of(classPath.trim().split("\\s+"));
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("lib/kiosk-core-")), classPath);
        for (String entry : entries) {
            assertFalse(entry.matches("lib/(javafx|javalin|jetty|kiosk-[0-9]).*"), "kioskctl loads " + entry);
            assertTrue(Files.isRegularFile(home.resolve(entry)), entry + " named by kioskctl.jar is not in the package");
        }
    }

    @Test
    void theUnpackedLauncherRunsKioskctlHelpAndTheKiosk() throws Exception {
        Path tree = Debs.unpack(Debs.machineArch(), dir);
        Map<String, String> env = Map.of("XIANGLI_JAVA", Debs.testJava());

        Run help = Debs.run(env, tree.resolve("usr/bin/kioskctl").toString(), "--help");

        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("Usage: kioskctl"), help.output());
        for (String command : List.of("install", "init", "enroll", "diag", "selftest", "sync")) {
            assertTrue(help.output().contains("  " + command), "missing " + command + ": " + help.output());
        }
        Run kiosk = Debs.run(env, tree.resolve("usr/share/xiangli/bin/xiangli-kiosk").toString(), "--help");
        assertEquals(0, kiosk.exitCode(), kiosk.output());
        assertTrue(kiosk.output().contains("Usage: java -jar kiosk.jar"), kiosk.output());
    }

    @Test
    void theBundledRuntimeRunsBothLaunchersAndAJavaTooOldIsSaidInOneLine() throws Exception {
        Path tree = Debs.unpack(Debs.machineArch(), dir);
        Path java = tree.resolve("usr/lib/xiangli/jre/bin/java");
        assumeTrue(Files.isExecutable(java), "this architecture's package was built without its runtime");

        // No XIANGLI_JAVA: the launchers find the runtime beside them, whatever the PATH holds.
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString());
        Run help = Debs.run(env, tree.resolve("usr/bin/kioskctl").toString(), "--help");
        assertEquals(0, help.exitCode(), help.output());
        Run picked = Debs.run(env, tree.resolve("usr/share/xiangli/bin/xiangli-java").toString());
        assertEquals(java.toRealPath().toString(), Path.of(picked.output().strip()).toRealPath().toString());
        Run release = Debs.run(Map.of(), java.toString(), "--list-modules");
        assertTrue(release.output().contains("java.sql") && !release.output().contains("jdk.compiler"),
                "only the modules the kiosk and kioskctl use: " + release.output());

        Path old = Files.createDirectories(dir.resolve("jdk17/bin"));
        Files.writeString(dir.resolve("jdk17/release"), "JAVA_VERSION=\"17.0.15\"\n");
        Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'must not run' >&2\nexit 99\n");
        old.resolve("java").toFile().setExecutable(true);
        Run refused = Debs.run(Map.of("XIANGLI_JAVA", old.resolve("java").toString()),
                tree.resolve("usr/bin/kioskctl").toString(), "--help");
        assertEquals(1, refused.exitCode(), refused.output());
        assertEquals(1, refused.output().strip().lines().count(), refused.output());
        assertTrue(refused.output().contains("needs Java 25 or newer") && refused.output().contains("Java 17.0.15")
                && refused.output().contains("apt install"), refused.output());
    }

    @Test
    void theTrainingRunWritesAnAotCacheThatTheLauncherThenStartsWithJavaFxAsNamedModules() throws Exception {
        Path tree = Debs.unpack(Debs.machineArch(), dir);
        Path cache = dir.resolve("cache/kiosk.aot");
        Map<String, String> env = Map.of("XIANGLI_JAVA", Debs.testJava(), "XIANGLI_AOT_CACHE", cache.toString());

        Run train = Debs.run(env, tree.resolve("usr/share/xiangli/bin/xiangli-aot-train").toString());

        assertEquals(0, train.exitCode(), train.output());
        assertTrue(Files.size(cache) > 1_000_000, "cache of " + Files.size(cache) + " bytes: " + train.output());
        assertTrue(train.output().contains("AOT cache written"), train.output());

        // -Xlog:aot (through JAVA_TOOL_OPTIONS, the launcher takes no JVM flags) shows whether the JVM took the cache.
        Map<String, String> start = Map.of("XIANGLI_JAVA", Debs.testJava(), "XIANGLI_AOT_CACHE", cache.toString(),
                "HOME", dir.toString(), "JAVA_TOOL_OPTIONS", "-Xlog:aot=info");
        Run kiosk = Debs.run(start, tree.resolve("usr/share/xiangli/bin/xiangli-kiosk").toString(), "--demo",
                "--headless", "--exit-after-start", "--data", dir.resolve("data").toString(), "--staff-port", "0");
        assertEquals(0, kiosk.exitCode(), kiosk.output());
        assertTrue(kiosk.output().contains("first home frame"), kiosk.output());
        assertTrue(kiosk.output().contains("Opened AOT cache " + cache), kiosk.output());
        assertFalse(kiosk.output().lines().anyMatch(l -> l.matches(".*\\[(warning|error)\\]\\[aot.*")), kiosk.output());
        // JavaFX from the module path: no "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'".
        assertFalse(kiosk.output().contains("Unsupported JavaFX configuration"), kiosk.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void sqlitesNativeLibraryShipsForThePackagesProcessor(String arch) throws Exception {
        Path tree = Debs.unpack(arch, dir);
        Path library = tree.resolve("usr/lib/xiangli/libsqlitejdbc.so");

        try (InputStream in = Files.newInputStream(library)) {
            assertEquals(Debs.ELF_MACHINE.get(arch), Debs.elfMachine(in), library.toString());
        }
    }

    @Test
    void theKioskAndKioskctlLoadSqliteFromThePackageNotFromACopyInTmp() throws Exception {
        Path tree = Debs.unpack(Debs.machineArch(), dir);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        // sqlite-jdbc unpacks its library into java.io.tmpdir unless told where the package keeps it.
        Map<String, String> env = Map.of("XIANGLI_JAVA", Debs.testJava(), "HOME", dir.toString(),
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);

        Run kiosk = Debs.run(env, tree.resolve("usr/share/xiangli/bin/xiangli-kiosk").toString(), "--demo",
                "--headless", "--exit-after-start", "--data", dir.resolve("data").toString(), "--staff-port", "0");
        Run users = Debs.run(env, tree.resolve("usr/bin/kioskctl").toString(), "users", "list", "--data",
                dir.resolve("data").toString());

        assertEquals(0, kiosk.exitCode(), kiosk.output());
        assertEquals(0, users.exitCode(), users.output());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().contains("sqlitejdbc")).toList());
        }
    }

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

    private static String field(String info, String name) {
        return info.lines().map(String::strip).filter(l -> l.startsWith(name + ": ")).findFirst().orElseThrow()
                .substring(name.length() + 2);
    }

    private static String gunzip(Path file) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static boolean has(List<String> lines, String mode, String path) {
        return lines.stream().anyMatch(l -> l.startsWith(mode) && l.endsWith(" " + path));
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
