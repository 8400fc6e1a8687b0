package org.xiangli.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kioskctl as systemd runs it (xiangli-sync.service): a real child JVM, its stderr read back. Importing a file that
 * is no bundle into a fresh database logs an INFO (the database migrated) and a WARNING (the bundle refused), cheaply.
 */
class JournalLoggingTest {

    @TempDir
    Path dir;

    private List<String> kioskctlStderr(boolean underSystemd) throws Exception {
        return kioskctlStderr(underSystemd, List.of());
    }

    private List<String> kioskctlStderr(boolean underSystemd, List<String> more) throws Exception {
        Path notABundle = Files.writeString(dir.resolve("notes.xlb"), "just some notes, not a bundle");
        Path config = Files.writeString(dir.resolve("kiosk.toml"), "# built-in defaults\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KioskCtl.class.getName(), "content", "import",
                notABundle.toString(), "--config", config.toString(), "--db", dir.resolve("kiosk.db").toString());
        builder.command().addAll(more);
        builder.environment().remove("JOURNAL_STREAM");
        builder.environment().remove("XIANGLI_CONFIG");
        if (underSystemd) {
            builder.environment().put("JOURNAL_STREAM", "8:4242");
        }
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kioskctl did not finish");
        assertEquals(1, process.exitValue(), stderr);
        return stderr.lines().toList();
    }

    @Test
    void underSystemdEveryLoggedLineStartsWithItsPriorityAndNoDate() throws Exception {
        List<String> lines = kioskctlStderr(true);

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("<6>") && l.contains("migrated to schema version")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("<4>") && l.contains("content bundle rejected")),
                String.join("\n", lines));
        assertTrue(lines.stream().filter(l -> l.startsWith("<"))
                .noneMatch(l -> l.matches(".*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d.*")), String.join("\n", lines));
    }

    @Test
    void inATerminalLinesCarryDateTimeAndLevelAndNoPriority() throws Exception {
        List<String> lines = kioskctlStderr(false);

        String warning = lines.stream().filter(l -> l.contains("content bundle rejected")).findFirst()
                .orElseThrow(() -> new AssertionError(String.join("\n", lines)));
        assertTrue(warning.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+ "
                + "org\\.xiangli\\.kiosk\\.content\\.bundle\\.BundleImporter: content bundle rejected.*"), warning);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("<")), String.join("\n", lines));
    }

    @Test
    void inATerminalKioskctlIsQuietUnlessVerbose() throws Exception {
        List<String> quiet = kioskctlStderr(false);
        assertFalse(quiet.stream().anyMatch(l -> l.contains("migrated to schema version")), String.join("\n", quiet));
        assertTrue(quiet.stream().anyMatch(l -> l.contains("content bundle rejected")), "warnings still show");

        for (String file : List.of("kiosk.db", "kiosk.db-wal", "kiosk.db-shm")) {
            Files.deleteIfExists(dir.resolve(file));
        }
        List<String> verbose = kioskctlStderr(false, List.of("-v"));
        assertTrue(verbose.stream().anyMatch(l -> l.contains("migrated to schema version")),
                String.join("\n", verbose));
    }
}
