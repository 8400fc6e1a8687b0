package org.xiangli.kiosk.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.KioskMain;

/**
 * The package's AOT cache is trained on the built-in walk through the screens ({@code xiangli-aot-train} runs
 * {@code --scenario builtin:aot-training}): every step of it must hold, or the training run fails and the package
 * ships no cache. A built-in name that does not exist is a usage error naming it.
 */
class AotTrainingWalkTest {

    @Test
    void everyStepOfTheTrainingWalkHolds(@TempDir Path data) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            // As xiangli-aot-train runs it: the villager's screens only, no staff console, no county link.
            exit = KioskMain.launch(out, "--demo", "--headless", "--data", data.toString(), "--scenario",
                    "builtin:aot-training", "--aot-training");
        }
        String said = report.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, said);
        assertTrue(said.contains("steps held"), said);
    }

    @Test
    void anUnknownBuiltInScenarioIsAUsageError(@TempDir Path data) {
        assertEquals(KioskMain.USAGE, KioskMain.launch(System.out, "--demo", "--headless", "--data",
                data.toString(), "--scenario", "builtin:no-such-walk"));
    }
}
