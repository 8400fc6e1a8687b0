package org.xiangli.kiosk.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xiangli.kiosk.KioskMain;

/**
 * Every example scenario under {@code src/test/scenarios}, each on a fresh demo kiosk at 1280×800 (the small
 * landscape screen, where room runs out first), run in this JVM by the same code as
 * {@code java -jar kiosk.jar --demo --headless --scenario FILE}: the real store, the simulated devices over their
 * wire protocols, the staff console on a free port.
 */
class ScenariosTest {

    static final Path SCENARIOS = Path.of("src", "test", "scenarios");
    static final Path CONFIG = SCENARIOS.resolve("scenarios.toml");
    /** The day the example scenarios' dates (2026年10月, 应缴截止：2026年11月5日) were written for. */
    static final String DEMO_DATE = "2026-11-23";

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            // -Dscenario=WORD runs only the scenarios whose file name contains WORD (while working on one).
            String only = System.getProperty("scenario", "");
            return files.filter(f -> f.getFileName().toString().endsWith(".scenario"))
                    .filter(f -> f.getFileName().toString().contains(only)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyStepOfTheExampleScenarioHolds(Path scenario, @TempDir Path data) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            // On the day the scenarios were written for: the demo ledger's months count back from the kiosk's day.
            exit = KioskMain.launch(out, "--demo", "--headless", "--data", data.toString(), "--config",
                    CONFIG.toString(), "--size", "1280x800", "--demo-date", DEMO_DATE, "--scenario",
                    scenario.toString());
        }
        assertEquals(0, exit, report.toString(StandardCharsets.UTF_8));
    }
}
