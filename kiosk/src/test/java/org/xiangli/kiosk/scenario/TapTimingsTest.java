package org.xiangli.kiosk.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.KioskMain;

/** The scenario runner's touch → first frame timings (bench/touch.sh reads them): one line per tap that opened a page. */
class TapTimingsTest {

    @Test
    void eachTapThatOpensAPageIsTimedWithThePageItOpened(@TempDir Path data, @TempDir Path out) throws IOException {
        Path file = out.resolve("timings.tsv");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exit;
        System.setProperty(TapTimings.PROPERTY, file.toString());
        try (PrintStream print = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            exit = KioskMain.launch(print, "--demo", "--headless", "--data", data.toString(), "--config",
                    ScenariosTest.CONFIG.toString(), "--size", "1280x800", "--scenario",
                    ScenariosTest.SCENARIOS.resolve("take-ticket-by-touch.scenario").toString());
        } finally {
            System.clearProperty(TapTimings.PROPERTY);
        }
        assertEquals(0, exit, report.toString(StandardCharsets.UTF_8));
        List<String[]> rows = Files.readAllLines(file).stream().map(l -> l.split("\t")).toList();
        // tap 排队取号 opens the service guide, tap 社保医保 the service's page, tap 取号 the ticket.
        assertEquals(List.of("2", "4", "6"), rows.stream().map(r -> r[1]).toList());
        assertEquals(List.of("排队取号", "社保医保", "取号"), rows.stream().map(r -> r[2]).toList());
        for (String[] row : rows) {
            assertEquals(5, row.length, String.join("|", row));
            assertTrue(row[0].contains("take-ticket-by-touch"), row[0]);
            assertTrue(!row[3].isBlank() && !row[3].equals("(home)"), "the page opened: " + row[3]);
            assertTrue(Double.parseDouble(row[4]) > 0, row[4]);
        }
    }

    @Test
    void tabsAndLineBreaksInWordsDoNotSplitALine(@TempDir Path out) throws IOException {
        Path file = out.resolve("t.tsv");
        new TapTimings(file).append(List.of(new TapTimings.Navigation("a\tb", 3, "x\ny", "页\t面", 1.5)));
        new TapTimings(file).append(List.of(new TapTimings.Navigation("c", 4, "z", "(home)", 2)));
        assertEquals(List.of("a b\t3\tx y\t页 面\t1.500", "c\t4\tz\t(home)\t2.000"), Files.readAllLines(file));
    }
}
