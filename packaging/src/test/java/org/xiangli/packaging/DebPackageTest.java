package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built .deb files (amd64 and arm64), inspected with dpkg-deb; the one for this machine is run unpacked. */
class DebPackageTest {

    /** ELF e_machine values of the two architectures we ship. */
    private static final Map<String, Integer> ELF_MACHINE = Map.of("amd64", 62, "arm64", 183);

    @TempDir
    Path dir;

    record Run(int exitCode, String output) {
    }

    private static Path deb(String arch) {
        return Path.of(System.getProperty("xiangli.deb." + arch, "target/missing-" + arch + ".deb"));
    }

    /** The package this machine can run (the build machine's own architecture). */
    private static String machineArch() {
        return System.getProperty("os.arch").equals("aarch64") ? "arm64" : "amd64";
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void infoNamesTheRuntimeDependenciesTheArchitectureAndTheJvmTrigger(String arch) throws Exception {
        Run info = run(Map.of(), "dpkg-deb", "--info", deb(arch).toString());

        assertEquals(0, info.exitCode(), info.output());
        assertTrue(info.output().contains("Package: xiangli"), info.output());
        assertTrue(info.output().contains("Architecture: " + arch), info.output());
        String depends = info.output().lines().filter(l -> l.strip().startsWith("Depends:")).findFirst().orElseThrow();
        for (String needed : List.of("openjdk-25-jre", "cage", "xwayland", "fonts-noto-cjk", "espeak-ng")) {
            assertTrue(depends.contains(needed), "Depends lacks " + needed + ": " + depends);
        }
        assertTrue(info.output().contains("postinst"), info.output());
        assertTrue(info.output().contains("triggers"), info.output());

        Path control = dir.resolve("control");
        assertEquals(0, run(Map.of(), "dpkg-deb", "-e", deb(arch).toString(), control.toString()).exitCode());
        assertTrue(Files.readString(control.resolve("triggers")).contains("interest-noawait /usr/lib/jvm"));
        String postinst = Files.readString(control.resolve("postinst"));
        assertTrue(postinst.contains("/usr/bin/kioskctl install"), postinst);
        assertTrue(postinst.contains("triggered)") && postinst.contains("xiangli-aot-train"), postinst);
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void contentsHoldTheAppsJavaFxForThatArchitectureOnlyAndExecutableLaunchers(String arch) throws Exception {
        Run contents = run(Map.of(), "dpkg-deb", "--contents", deb(arch).toString());

        assertEquals(0, contents.exitCode(), contents.output());
        List<String> lines = contents.output().lines().toList();
        for (String launcher : List.of("./usr/bin/kioskctl", "./usr/share/xiangli/bin/xiangli-kiosk",
                "./usr/share/xiangli/bin/xiangli-screen", "./usr/share/xiangli/bin/xiangli-aot-train")) {
            assertTrue(has(lines, "-rwxr-xr-x", launcher), launcher + " in " + contents.output());
        }
        assertTrue(has(lines, "-rw-r--r--", "./usr/share/xiangli/kiosk.jar"), contents.output());
        assertTrue(has(lines, "-rw-r--r--", "./usr/share/xiangli/kioskctl.jar"), contents.output());
        String suffix = arch.equals("arm64") ? "-linux-aarch64.jar" : "-linux.jar";
        List<String> javafx = lines.stream().filter(l -> l.matches(".*/lib/javafx-[a-z]+-.*-linux.*\\.jar")).toList();
        assertEquals(3, javafx.size(), "base, graphics, controls for " + arch + ": " + javafx);
        assertTrue(javafx.stream().allMatch(l -> l.endsWith(suffix)), arch + " needs only " + suffix + ": " + javafx);

        // The natives inside JavaFX's graphics jar are built for the package's processor.
        Path tree = dir.resolve("root");
        assertEquals(0, run(Map.of(), "dpkg-deb", "-x", deb(arch).toString(), tree.toString()).exitCode());
        Path graphics;
        try (var files = Files.list(tree.resolve("usr/share/xiangli/lib"))) {
            graphics = files.filter(f -> f.getFileName().toString().matches("javafx-graphics-.*" + suffix))
                    .findFirst().orElseThrow();
        }
        try (JarFile jar = new JarFile(graphics.toFile())) {
            JarEntry glass = jar.stream().filter(e -> e.getName().matches("(.*/)?libglass.*\\.so"))
                    .findFirst().orElseThrow();
            try (InputStream in = jar.getInputStream(glass)) {
                byte[] header = in.readNBytes(20);
                assertEquals(ELF_MACHINE.get(arch), (header[18] & 0xff) | (header[19] & 0xff) << 8, glass.getName());
            }
        }
    }

    @Test
    void kioskctlsClassPathHoldsNoJavaFxAndNoWebServer() throws Exception {
        Path tree = unpack(machineArch());
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
        Path tree = unpack(machineArch());
        Map<String, String> env = Map.of("XIANGLI_JAVA", testJava());

        Run help = run(env, tree.resolve("usr/bin/kioskctl").toString(), "--help");

        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("Usage: kioskctl"), help.output());
        for (String command : List.of("install", "init", "enroll", "diag", "selftest", "sync")) {
            assertTrue(help.output().contains("  " + command), "missing " + command + ": " + help.output());
        }
        Run kiosk = run(env, tree.resolve("usr/share/xiangli/bin/xiangli-kiosk").toString(), "--help");
        assertEquals(0, kiosk.exitCode(), kiosk.output());
        assertTrue(kiosk.output().contains("Usage: java -jar kiosk.jar"), kiosk.output());
    }

    @Test
    void theTrainingRunWritesAnAotCacheThatTheLauncherThenStartsWith() throws Exception {
        Path tree = unpack(machineArch());
        Path cache = dir.resolve("cache/kiosk.aot");
        Map<String, String> env = Map.of("XIANGLI_JAVA", testJava(), "XIANGLI_AOT_CACHE", cache.toString());

        Run train = run(env, tree.resolve("usr/share/xiangli/bin/xiangli-aot-train").toString());

        assertEquals(0, train.exitCode(), train.output());
        assertTrue(Files.size(cache) > 1_000_000, "cache of " + Files.size(cache) + " bytes: " + train.output());
        assertTrue(train.output().contains("AOT cache written"), train.output());

        // -Xlog:aot shows whether the JVM took the cache or refused it (wrong JVM, changed jars).
        // -Xlog:aot (through JAVA_TOOL_OPTIONS, the launcher takes no JVM flags) shows whether the JVM took the cache.
        Map<String, String> start = Map.of("XIANGLI_JAVA", testJava(), "XIANGLI_AOT_CACHE", cache.toString(),
                "HOME", dir.toString(), "JAVA_TOOL_OPTIONS", "-Xlog:aot=info");
        Run kiosk = run(start, tree.resolve("usr/share/xiangli/bin/xiangli-kiosk").toString(), "--demo", "--headless",
                "--exit-after-start", "--data", dir.resolve("data").toString(), "--staff-port", "0");
        assertEquals(0, kiosk.exitCode(), kiosk.output());
        assertTrue(kiosk.output().contains("first home frame"), kiosk.output());
        assertTrue(kiosk.output().contains("Opened AOT cache " + cache), kiosk.output());
        assertFalse(kiosk.output().lines().anyMatch(l -> l.matches(".*\\[(warning|error)\\]\\[aot.*")), kiosk.output());
    }

    private Path unpack(String arch) throws IOException, InterruptedException {
        Path tree = dir.resolve("root-" + arch);
        assertEquals(0, run(Map.of(), "dpkg-deb", "-x", deb(arch).toString(), tree.toString()).exitCode());
        return tree;
    }

    private static String testJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean has(List<String> lines, String mode, String path) {
        return lines.stream().anyMatch(l -> l.startsWith(mode) && l.endsWith(" " + path));
    }

    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
