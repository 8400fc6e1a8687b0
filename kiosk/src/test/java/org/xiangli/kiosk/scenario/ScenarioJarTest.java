package org.xiangli.kiosk.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar kiosk.jar --demo --headless --scenario FILE} as a technician types it, in a child process: run
 * after {@code package} (the build's integration-test phase), since it needs the jar and its {@code lib/}.
 */
class ScenarioJarTest {

    private static final Path JAR = Path.of("target", "kiosk.jar");

    @TempDir
    Path dir;

    record Run(int exit, String output) {
    }

    private Run kiosk(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is built by package, before this test");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path output = dir.resolve("output.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the kiosk did not finish the scenario in 4 minutes:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void aScenarioWhoseEveryStepHoldsExitsZero() throws Exception {
        Run run = kiosk("--demo", "--headless", "--data", dir.resolve("data").toString(), "--size", "1080x1920",
                "--scenario", ScenariosTest.SCENARIOS.resolve("take-ticket-by-touch.scenario").toString());

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("take-ticket-by-touch.scenario: all "), run.output());
    }

    @Test
    void aStepThatDoesNotHoldExitsOneWithItsLineTheStepAndTheScreensWords() throws Exception {
        Path scenario = dir.resolve("wrong.scenario");
        Files.writeString(scenario, "# the home page has no such words\ntap 排队取号\nexpect 没有这几个字\n");

        Run run = kiosk("--demo", "--headless", "--data", dir.resolve("data").toString(), "--scenario",
                scenario.toString());

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("wrong.scenario:3: expect 没有这几个字\n  failed: no words on screen contain"
                + " '没有这几个字'"), run.output());
        assertTrue(run.output().contains("on screen: 青石村综合服务站"), run.output());
        assertTrue(run.output().contains("请选择要办理的事项"), "the service guide's words: " + run.output());
    }

    @Test
    void aScenarioThatCannotBeReadExitsTwoBeforeTheKioskStarts() throws Exception {
        Path scenario = dir.resolve("typo.scenario");
        Files.writeString(scenario, "tap 排队取号\nwiat 您的号码\n");

        Run run = kiosk("--demo", "--headless", "--data", dir.resolve("data").toString(), "--scenario",
                scenario.toString());

        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("typo.scenario:2: wiat 您的号码: unknown step 'wiat' (did you mean 'wait'?)"),
                run.output());
        assertTrue(!Files.exists(dir.resolve("data").resolve("kiosk.db")), "no store was opened");
    }
}
