package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: outside {@code --demo}, a device with no config (and no county key to scan a code against) started as
 * the fictional demo station DEMO-001 with simulated devices. It must show the set-up screen and never demo data.
 */
class NotSetUpTest {

    @TempDir
    Path dir;

    @Test
    void withoutAConfigTheKioskShowsTheSetUpScreenAndOpensNoDatabase() throws Exception {
        Path config = dir.resolve("etc/kiosk.toml");
        Path data = dir.resolve("data");
        Path screenshot = Path.of("target/screenshots/not-set-up.png");
        Files.deleteIfExists(screenshot);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = KioskMain.launch(System.out, "--headless", "--exit-after-start", "--config", config.toString(),
                    "--data", data.toString(), "--staff-port", "0", "--screenshot", screenshot.toString());
        } finally {
            System.setErr(saved);
        }

        assertEquals(KioskMain.NOT_SET_UP, exit, err.toString(StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("not set up: no config at " + config), said);
        assertTrue(said.contains("kioskctl init"), said);
        assertFalse(said.contains("DEMO-001"), said);
        assertFalse(Files.exists(data.resolve("kiosk.db")), "no store, so no demo data, was made");
        assertTrue(Files.size(screenshot) > 10_000, "the set-up screen was rendered");
    }
}
