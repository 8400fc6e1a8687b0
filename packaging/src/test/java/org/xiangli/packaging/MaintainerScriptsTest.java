package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.packaging.Debs.Run;

/**
 * The package's postinst and postrm, run on a throwaway root ($DPKG_ROOT) with stand-ins for deb-systemd-helper,
 * systemd-sysusers, systemd-tmpfiles, kioskctl and userdel that write down how they were called.
 */
class MaintainerScriptsTest {

    @TempDir
    Path dir;

    private Path root;
    private Path log;
    private Path control;

    @BeforeEach
    void stage() throws Exception {
        control = Debs.control(Debs.machineArch(), dir);
        root = Files.createDirectories(dir.resolve("target-root"));
        // The package's own files, where dpkg would have put them before configuring.
        Path tree = Debs.unpack(Debs.machineArch(), dir);
        copyTree(tree.resolve("usr/lib/systemd/system"), root.resolve("usr/lib/systemd/system"));
        log = dir.resolve("calls.log");
        Files.writeString(log, "");
    }

    @Test
    void aFirstInstallMakesUserDirectoriesAndKeyAndEnablesTheKioskAndTheSyncTimer() throws Exception {
        Path defaultTarget = raspberryPiOsLiteDefaultTarget();

        Run run = script("postinst", Map.of(), "configure", "");

        assertEquals(0, run.exitCode(), run.output());
        List<String> calls = calls();
        assertTrue(calls.contains("systemd-sysusers --root=" + root + " xiangli.conf"), calls.toString());
        assertTrue(calls.contains("systemd-tmpfiles --root=" + root + " --create xiangli.conf"), calls.toString());
        assertTrue(calls.contains("kioskctl install --keys-only --root=" + root), calls.toString());
        assertTrue(calls.contains("deb-systemd-helper enable xiangli-kiosk.service"), calls.toString());
        assertTrue(calls.contains("deb-systemd-helper enable xiangli-sync.timer"), calls.toString());
        // The screen timers follow the config (kioskctl install), never the package.
        assertFalse(calls.contains("deb-systemd-helper enable xiangli-screen-off.timer"), calls.toString());
        assertTrue(calls.contains("deb-systemd-helper update-state xiangli-screen-off.timer"), calls.toString());
        assertEquals(Path.of("/usr/lib/systemd/system/graphical.target"), Files.readSymbolicLink(defaultTarget));
    }

    @Test
    void anUpgradeKeepsAUnitTheAdminDisabledDisabledAndTheDefaultTarget() throws Exception {
        Path defaultTarget = raspberryPiOsLiteDefaultTarget();

        Run run = script("postinst", Map.of("STUB_DISABLED", "xiangli-sync.timer"), "configure",
                "0.1.0~git20261129000000.abcdef0");

        assertEquals(0, run.exitCode(), run.output());
        List<String> calls = calls();
        assertFalse(calls.contains("deb-systemd-helper enable xiangli-sync.timer"), calls.toString());
        assertTrue(calls.contains("deb-systemd-helper update-state xiangli-sync.timer"), calls.toString());
        assertTrue(calls.contains("deb-systemd-helper enable xiangli-kiosk.service"), calls.toString());
        assertEquals(Path.of("/lib/systemd/system/multi-user.target"), Files.readSymbolicLink(defaultTarget));
    }

    @Test
    void anUpgradeFromAKioskctlInstalledVersionMovesItsUnitCopiesAsideAndKeepsWhatWasDisabled() throws Exception {
        Path etc = Files.createDirectories(root.resolve("etc/systemd/system"));
        Path packaged = root.resolve("usr/lib/systemd/system");
        // An edited kiosk unit, enabled; an unedited sync timer that the admin had disabled (no link).
        Files.writeString(etc.resolve("xiangli-kiosk.service"),
                Files.readString(packaged.resolve("xiangli-kiosk.service")) + "# local edit\n");
        Files.createDirectories(etc.resolve("graphical.target.wants"));
        Files.createSymbolicLink(etc.resolve("graphical.target.wants/xiangli-kiosk.service"),
                Path.of("/etc/systemd/system/xiangli-kiosk.service"));
        Files.copy(packaged.resolve("xiangli-sync.timer"), etc.resolve("xiangli-sync.timer"));

        Run run = script("postinst", Map.of(), "configure", "0.1.0~20261123000000");

        assertEquals(0, run.exitCode(), run.output());
        assertFalse(Files.exists(etc.resolve("xiangli-kiosk.service")));
        assertTrue(Files.readString(etc.resolve("xiangli-kiosk.service.xiangli-old")).contains("# local edit"));
        assertTrue(run.output().contains("systemctl edit xiangli-kiosk.service"), run.output());
        assertFalse(Files.exists(etc.resolve("graphical.target.wants/xiangli-kiosk.service")), "dangling link");
        assertFalse(Files.exists(etc.resolve("xiangli-sync.timer")), "an unedited copy is simply removed");
        List<String> calls = calls();
        assertTrue(calls.contains("deb-systemd-helper enable xiangli-kiosk.service"), calls.toString());
        assertTrue(calls.contains("deb-systemd-helper disable xiangli-sync.timer"), calls.toString());
    }

    @Test
    void purgeRemovesConfigDataLogsAndTheUserButKeepsTheKeys() throws Exception {
        stageInstalledSystem();

        Run run = script("postrm", Map.of(), "purge");

        assertEquals(0, run.exitCode(), run.output());
        assertFalse(Files.exists(root.resolve("var/lib/xiangli")));
        assertFalse(Files.exists(root.resolve("var/log/xiangli")));
        assertFalse(Files.exists(root.resolve("var/cache/xiangli")));
        assertFalse(Files.exists(root.resolve("etc/xiangli/kiosk.toml")));
        assertFalse(Files.exists(root.resolve("etc/systemd/system/xiangli-screen-off.timer.d")));
        assertTrue(Files.exists(root.resolve("etc/xiangli/keys/payments-data.key")), "keys are kept");
        assertTrue(Files.exists(root.resolve("etc/xiangli/keys/device.key")), "keys are kept");
        assertTrue(run.output().contains("kept " + root + "/etc/xiangli/keys"), run.output());
        List<String> calls = calls();
        assertTrue(calls.contains("userdel --root " + root + " xiangli"), calls.toString());
        assertTrue(calls.stream().anyMatch(c -> c.startsWith("deb-systemd-helper purge xiangli-kiosk.service")),
                calls.toString());
    }

    @Test
    void purgeDeletesTheKeysWhenTheAdminConfirms() throws Exception {
        stageInstalledSystem();
        Run byEnvironment = script("postrm", Map.of("XIANGLI_PURGE_KEYS", "yes"), "purge");
        assertEquals(0, byEnvironment.exitCode(), byEnvironment.output());
        assertFalse(Files.exists(root.resolve("etc/xiangli")));

        stageInstalledSystem();
        Files.writeString(root.resolve("etc/xiangli/keys/delete-on-purge"), "");
        Run byFile = script("postrm", Map.of(), "purge");
        assertEquals(0, byFile.exitCode(), byFile.output());
        assertFalse(Files.exists(root.resolve("etc/xiangli")));
    }

    @Test
    void removeKeepsConfigDataAndKeys() throws Exception {
        stageInstalledSystem();

        Run run = script("postrm", Map.of(), "remove");

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(Files.exists(root.resolve("var/lib/xiangli/kiosk.db")));
        assertTrue(Files.exists(root.resolve("etc/xiangli/kiosk.toml")));
        assertFalse(Files.exists(root.resolve("var/cache/xiangli")), "the AOT cache goes with the jars");
        assertFalse(calls().contains("userdel --root " + root + " xiangli"), calls().toString());
    }

    private Path raspberryPiOsLiteDefaultTarget() throws IOException {
        Path link = root.resolve("etc/systemd/system/default.target");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of("/lib/systemd/system/multi-user.target"));
        return link;
    }

    private void stageInstalledSystem() throws IOException {
        for (String file : List.of("etc/xiangli/kiosk.toml", "etc/xiangli/county-keys.pub",
                "etc/xiangli/keys/payments-data.key", "etc/xiangli/keys/device.key", "var/lib/xiangli/kiosk.db",
                "var/log/xiangli/kiosk.log", "var/cache/xiangli/kiosk.aot",
                "etc/systemd/system/xiangli-screen-off.timer.d/schedule.conf")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), "x");
        }
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0::/root:/bin/sh\nxiangli:x:999:999::/:/bin/false\n");
        Files.writeString(root.resolve("etc/group"), "root:x:0:\nxiangli:x:999:\n");
    }

    private Run script(String name, Map<String, String> extraEnv, String... args) throws Exception {
        Path bin = dir.resolve("bin");
        // was-enabled answers "no" for the units named in STUB_DISABLED, as deb-systemd-helper does for units
        // whose links the admin removed.
        Debs.stub(bin, "deb-systemd-helper", log, """
                if [ "$1" = --quiet ]; then shift; fi
                if [ "$1" = was-enabled ]; then case " ${STUB_DISABLED:-} " in *" $2 "*) exit 1 ;; esac; fi
                exit 0""");
        for (String tool : List.of("deb-systemd-invoke", "systemd-sysusers", "systemd-tmpfiles", "kioskctl",
                "userdel", "groupdel", "systemctl")) {
            Debs.stub(bin, tool, log, "exit 0");
        }
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("DPKG_ROOT", root.toString());
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        String[] command = new String[args.length + 2];
        command[0] = "sh";
        command[1] = control.resolve(name).toString();
        System.arraycopy(args, 0, command, 2, args.length);
        return Debs.run(env, command);
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(String::strip).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
