package org.xiangli.provisioning.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.queue.ServiceWindow;
import org.xiangli.kiosk.queue.StationTemplate;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.KioskCtl;
import org.xiangli.provisioning.Output;

/**
 * Issue 20: a new device had no services and no windows, and nobody could log in at a window. {@code kioskctl init}
 * seeds them from the station template; {@code kioskctl services} and {@code kioskctl windows} change them, under the
 * same rules as the admin pages, in the real database file.
 */
class StationCommandsTest {

    @TempDir
    Path dir;

    private Output init(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("init", "--station-code", "360121-007",
                "--station-name", "柳溪村便民服务站", "--pin", "864213", "-o", dir.resolve("kiosk.toml").toString(),
                "--data-dir", dir.resolve("data").toString()));
        args.addAll(List.of(more));
        return Output.run(() -> KioskCtl.run(args.toArray(String[]::new)));
    }

    private Output ctl(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--data", dir.resolve("data").toString()));
        return Output.run(() -> KioskCtl.run(all.toArray(String[]::new)));
    }

    private List<ServiceWindow> windows() {
        try (Database db = Database.open(dir.resolve("data/kiosk.db"))) {
            return StationQueue.admin(db).windows();
        }
    }

    @Test
    void initSeedsTheTemplatesServicesAndNamedWindowsAndAnInitForceKeepsWhatTheAdminChanged() {
        Output first = init();

        assertEquals(0, first.exitCode(), first.err());
        StationTemplate template = StationTemplate.standard();
        Output list = ctl("services", "list");
        for (var s : template.services()) {
            assertTrue(list.out().contains(s.letter() + "  " + s.name()), list.out());
        }
        assertEquals(List.of(1, 2), windows().stream().map(ServiceWindow::number).toList());
        assertEquals("社保民政窗口", windows().getFirst().name());

        assertEquals(0, ctl("services", "remove", "D").exitCode());
        Output again = init("--force");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("kept"), again.out());
        assertFalse(ctl("services", "list").out().contains("D  "), "the removed service stays removed");
    }

    @Test
    void windowsAreAddedRenamedAndRemovedAndAServiceIsNeverLeftWithoutAWindow() {
        assertEquals(0, init().exitCode());

        Output added = ctl("windows", "add", "3", "--name", "农技窗口");
        assertEquals(0, added.exitCode(), added.err());
        Output service = ctl("services", "add", "F", "农技咨询", "--window", "3", "--fees", "免费",
                "--time-limit", "当场答复", "--document", "作物照片");
        assertEquals(0, service.exitCode(), service.err());
        assertEquals(0, ctl("windows", "rename", "3", "农业服务窗口").exitCode());
        assertTrue(ctl("windows", "list").out().contains("农业服务窗口"));

        Output refused = ctl("windows", "remove", "3");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("no open window"), refused.err());
        assertEquals(3, windows().size(), "nothing changed");

        assertEquals(0, ctl("services", "remove", "F").exitCode());
        Output removed = ctl("windows", "remove", "3");
        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals(List.of(1, 2), windows().stream().map(ServiceWindow::number).toList());
    }

    @Test
    void badInputIsSaidInWordsAndChangesNothing() {
        assertEquals(0, init("--no-services").exitCode());
        assertTrue(ctl("services", "list").out().contains("no services yet"));

        Output badLetter = ctl("services", "add", "7", "社保", "--window", "1", "--fees", "免费",
                "--time-limit", "当场");
        assertEquals(1, badLetter.exitCode());
        assertTrue(badLetter.err().contains("A-Z"), badLetter.err());
        Output badWindow = ctl("windows", "add", "100");
        assertEquals(1, badWindow.exitCode());
        assertTrue(badWindow.err().contains("1-99"), badWindow.err());
        assertEquals(List.of(), windows());

        Output seeded = ctl("services", "seed");
        assertEquals(0, seeded.exitCode(), seeded.err());
        Output twice = ctl("services", "seed");
        assertEquals(1, twice.exitCode());
        assertTrue(twice.err().contains("already"), twice.err());
    }

    @Test
    void aBrokenTemplateFileIsRefusedWithEveryProblemAndItsLineAndNoConfigIsWritten() throws Exception {
        Path template = Files.writeString(dir.resolve("station.toml"), """
                [[service]]
                letter = "A"
                name = "社保"
                windows = [1]

                [[service]]
                letter = "AB"
                name = "民政"
                fees = "免费"
                time_limit = "当场"
                windows = [2]
                """);

        Output run = init("--services-template", template.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("station.toml:1: fees = \"...\" is missing"), run.err());
        assertTrue(run.err().contains("station.toml:6: letter must be one letter"), run.err());
        assertFalse(Files.exists(dir.resolve("kiosk.toml")));

        Output missing = init("--services-template", dir.resolve("nowhere.toml").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
