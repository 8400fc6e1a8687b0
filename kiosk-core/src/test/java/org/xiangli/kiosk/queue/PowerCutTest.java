package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.store.Database;

/**
 * A power cut while tickets are issued: a child JVM issues tickets and is killed with SIGKILL (no shutdown hook,
 * no flush) three times; after each restart, every ticket it reported is still there and numbering goes on with no
 * number reused and none skipped.
 */
class PowerCutTest {

    @TempDir
    Path dir;

    @Test
    void ticketsIssuedBeforeASigkillSurviveAndNoNumberIsReusedOrLost() throws Exception {
        Path db = dir.resolve("kiosk.db");
        List<String> reported = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            reported.addAll(issueUntilKilled(db, "run" + round, 40));
        }
        try (Database database = Database.open(db)) {
            List<Ticket> stored = new QueueRepository(database).ticketsBetween(LocalDate.of(2026, 11, 23),
                    LocalDate.of(2026, 11, 23));
            Set<String> labels = new HashSet<>();
            stored.forEach(t -> labels.add(t.label()));
            assertEquals(stored.size(), labels.size(), "a number was issued twice");
            assertTrue(labels.containsAll(reported), "a reported ticket was lost");
            for (int n = 1; n <= stored.size(); n++) {
                assertTrue(labels.contains(Ticket.label('A', n)), "number " + n + " was skipped");
            }
            assertEquals("ok", database.integrityCheck());
        }
    }

    /** Starts the child, waits until it has reported {@code count} tickets, then kills it like a power cut. */
    private static List<String> issueUntilKilled(Path db, String run, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), TicketIssuingChild.class.getName(), db.toString(), run)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (seen.size() < count && (line = out.readLine()) != null) {
                seen.add(line);
            }
            child.destroyForcibly(); // SIGKILL on Linux: the JVM gets no chance to close anything
            child.waitFor();
        }
        assertEquals(count, seen.size(), "the child stopped before issuing " + count + " tickets");
        return seen;
    }
}
