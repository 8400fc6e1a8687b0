package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * systemd stops, restarts and upgrades wait on the kiosk's exit: it must end within 0.5 s of starting to shut down.
 * The clock starts at the "kiosk stopping" line, not at launch, so a slow or loaded machine's start-up is not
 * counted; what remains is closing the services, which has no reason to take long.
 */
class KioskExitTimeTest {

    private static final Duration LIMIT = Duration.ofMillis(500);

    @Test
    void demoKioskExitsWithinHalfASecondOfShutdownStarting(@TempDir Path data) throws Exception {
        // Given a kiosk in a child JVM that stops as soon as it has started
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                "-Dprism.order=sw", "-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
                KioskMain.class.getName(), "--demo", "--headless", "--exit-after-start", "--data", data.toString(),
                "--staff-port", "0"));
        Process kiosk = new ProcessBuilder(command).redirectErrorStream(true).start();

        // When it logs the start of its shutdown
        long stopping = 0;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(kiosk.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (stopping == 0 && line.contains("kiosk stopping")) {
                    stopping = System.nanoTime();
                }
                output.append(line).append('\n');
            }
        } finally {
            if (!kiosk.waitFor(60, TimeUnit.SECONDS)) {
                kiosk.destroyForcibly();
            }
        }
        long exited = System.nanoTime();

        // Then the process is gone within the limit, cleanly
        assertEquals(0, kiosk.exitValue(), output::toString);
        assertTrue(stopping != 0, () -> "no 'kiosk stopping' line:\n" + output);
        Duration took = Duration.ofNanos(exited - stopping);
        assertTrue(took.compareTo(LIMIT) <= 0, () -> "the kiosk took " + took.toMillis()
                + " ms from 'kiosk stopping' to exit (limit " + LIMIT.toMillis() + " ms):\n" + output);
    }
}
