package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built .deb, inspected with dpkg-deb and run from its unpacked tree. */
class DebPackageTest {

    private static final Path DEB = Path.of(System.getProperty("xiangli.deb", "target/missing.deb"));

    @TempDir
    Path dir;

    record Run(int exitCode, String output) {
    }

    @Test
    void infoNamesTheRuntimeDependenciesAndTheArchitecture() throws Exception {
        Run info = run(Map.of(), "dpkg-deb", "--info", DEB.toString());

        assertEquals(0, info.exitCode(), info.output());
        assertTrue(info.output().contains("Package: xiangli"), info.output());
        assertTrue(info.output().matches("(?s).*Architecture: (amd64|arm64).*"), info.output());
        String depends = info.output().lines().filter(l -> l.strip().startsWith("Depends:")).findFirst().orElseThrow();
        for (String needed : List.of("openjdk-25-jre", "cage", "xwayland", "fonts-noto-cjk", "espeak-ng")) {
            assertTrue(depends.contains(needed), "Depends lacks " + needed + ": " + depends);
        }
        assertTrue(info.output().contains("postinst"), info.output());
    }

    @Test
    void contentsHoldTheAppsJavaFxForTheArchitectureAndExecutableLaunchers() throws Exception {
        Run contents = run(Map.of(), "dpkg-deb", "--contents", DEB.toString());

        assertEquals(0, contents.exitCode(), contents.output());
        List<String> lines = contents.output().lines().toList();
        assertTrue(has(lines, "-rwxr-xr-x", "./usr/bin/kioskctl"), contents.output());
        assertTrue(has(lines, "-rwxr-xr-x", "./usr/share/xiangli/bin/xiangli-kiosk"), contents.output());
        assertTrue(has(lines, "-rwxr-xr-x", "./usr/share/xiangli/bin/xiangli-screen"), contents.output());
        assertTrue(has(lines, "-rw-r--r--", "./usr/share/xiangli/kiosk.jar"), contents.output());
        assertTrue(has(lines, "-rw-r--r--", "./usr/share/xiangli/kioskctl.jar"), contents.output());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*/usr/share/xiangli/lib/javafx-graphics-.*-linux.*\\.jar")),
                "JavaFX's platform jar: " + contents.output());
    }

    @Test
    void theUnpackedLauncherRunsKioskctlHelpAndThePostinstRunsInstall() throws Exception {
        Path tree = dir.resolve("root");
        Path control = dir.resolve("control");
        assertEquals(0, run(Map.of(), "dpkg-deb", "-x", DEB.toString(), tree.toString()).exitCode());
        assertEquals(0, run(Map.of(), "dpkg-deb", "-e", DEB.toString(), control.toString()).exitCode());

        Run help = run(Map.of("XIANGLI_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                tree.resolve("usr/bin/kioskctl").toString(), "--help");

        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("Usage: kioskctl"), help.output());
        for (String command : List.of("install", "init", "enroll", "diag", "selftest", "sync")) {
            assertTrue(help.output().contains("  " + command), "missing " + command + ": " + help.output());
        }
        assertTrue(Files.readString(control.resolve("postinst")).contains("/usr/bin/kioskctl install"));

        // The kiosk's launcher finds its jar and every library the manifest names in the shared lib folder.
        Run kiosk = run(Map.of("XIANGLI_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                tree.resolve("usr/share/xiangli/bin/xiangli-kiosk").toString(), "--help");
        assertEquals(0, kiosk.exitCode(), kiosk.output());
        assertTrue(kiosk.output().contains("Usage: java -jar kiosk.jar"), kiosk.output());
        for (String jar : List.of("kiosk.jar", "kioskctl.jar")) {
            try (JarFile file = new JarFile(tree.resolve("usr/share/xiangli").resolve(jar).toFile())) {
                String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
                for (String entry : classPath.strip().split(" ")) {
                    assertTrue(Files.isRegularFile(tree.resolve("usr/share/xiangli").resolve(entry)),
                            jar + " needs " + entry);
                }
            }
        }
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
