package org.xiangli.kiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL in the middle of a transaction leaves a sound database holding the last commit. */
class PowerCutTest {

    @TempDir
    Path dir;

    @Test
    void killingTheWriterMidTransactionKeepsEveryCommitAndNothingElse() throws Exception {
        Random random = new Random(7);
        Path file = dir.resolve("kiosk.db");
        int expected = 0;
        for (int round = 0; round < 3; round++) {
            int commits = 1 + random.nextInt(20);
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "--enable-native-access=ALL-UNNAMED", CrashingWriter.class.getName(), file.toString(),
                    String.valueOf(commits)).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("inside transaction")) {
                    if (line.startsWith("committed ")) {
                        expected++;
                    }
                }
                assertEquals("inside transaction", line, "the writer did not reach its open transaction");
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the JVM
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            try (Database db = Database.open(file)) {
                assertEquals("ok", db.integrityCheck());
                List<KioskEventRepository.KioskEvent> events = new KioskEventRepository(db).latest(100_000);
                assertEquals(expected, events.size(), "round " + round);
                assertTrue(events.stream().allMatch(e -> e.kind().equals("committed")));
                assertEquals(String.valueOf(commits), events.getFirst().detail());
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
