package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.packaging.Debs.Run;

/**
 * Issue 20: the operations guide's steps, run as written on the package just built — install, init, enroll, the
 * first admin, the kiosk started as its user, a ticket taken, the console logged in to and the ticket called, content
 * built and imported, a feed synced, upgrade, remove, purge — with no manual step (run-guide, in a throwaway root
 * of overlays: the build machine is not changed). CI runs as root on a fresh machine, so it runs there.
 */
class PackageGuideTest {

    private static final Path RUN_GUIDE = Path.of("src/test/guide/run-guide");

    @TempDir
    Path dir;

    @Test
    void everyStepOfTheOperationsGuideRunsOnTheBuiltPackage() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "dpkg, the xiangli user and runuser need root");
        for (String tool : new String[] {"unshare", "socat", "curl", "runuser"}) {
            assumeTrue(Debs.run(Map.of(), "sh", "-c", "command -v " + tool).exitCode() == 0, tool + " is missing");
        }
        String passwd = Files.readString(Path.of("/etc/passwd"));
        Run run = Debs.run(Map.of(), "bash", RUN_GUIDE.toString(), "--deb", Debs.deb(Debs.machineArch()).toString(),
                "--doc", "../docs/operations.md", "--work", dir.toString());
        String output = run.output();
        Files.writeString(Path.of("target/run-guide.log"), output);

        assertEquals(0, run.exitCode(), tail(output));
        assertTrue(output.contains("every step of the guide ran"), tail(output));
        // The kiosk started as its user, took a ticket, and the console called it.
        assertTrue(output.contains("first home frame"), tail(output));
        assertTrue(output.contains("\"ticket\":\"A001\""), tail(output));
        assertTrue(output.contains("302 ") && output.contains("/console"), "the admin logged in at window 1");
        assertTrue(output.contains("xiangli: upgraded"), "the second install was an upgrade: " + tail(output));
        assertEquals(passwd, Files.readString(Path.of("/etc/passwd")), "the build machine is untouched");
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        int from = Math.max(0, lines.length - 80);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
