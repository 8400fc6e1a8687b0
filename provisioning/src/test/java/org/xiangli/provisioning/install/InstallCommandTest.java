package org.xiangli.provisioning.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.provisioning.KioskCtl;
import org.xiangli.provisioning.Output;

class InstallCommandTest {

    @TempDir
    Path root;

    @Test
    void givenAnEmptyRoot_whenInstall_thenTheUserDirectoriesAndEnabledUnitsAreStaged() throws Exception {
        Output run = Output.run(() -> KioskCtl.run("install", "--root", root.toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(root.resolve("etc/passwd")).contains("xiangli:x:"), "user created");
        assertTrue(Files.readString(root.resolve("etc/group")).contains("gpio:x:"), "gpio group created");
        assertMode("etc/xiangli", "rwxrwx---");
        assertEquals(03770, (int) Files.getAttribute(root.resolve("etc/xiangli"), "unix:mode") & 07777,
                "setgid and sticky");
        assertMode("etc/xiangli/keys", "rwx------");
        // The kiosk unit's LoadCredential= needs the file from the first boot on.
        assertMode(InstallLayout.PAYMENTS_KEY_FILE.substring(1), "rw-------");
        org.xiangli.kiosk.payments.store.DataKey.load(root.resolve(InstallLayout.PAYMENTS_KEY_FILE.substring(1)));
        assertMode("var/lib/xiangli", "rwxr-x---");
        assertMode("var/log/xiangli", "rwxr-x---");
        String tmpfiles = Files.readString(root.resolve("usr/lib/tmpfiles.d/xiangli.conf"));
        assertTrue(tmpfiles.contains("d /var/lib/xiangli 0750 xiangli xiangli -"), tmpfiles);
        assertTrue(tmpfiles.contains("d /etc/xiangli/keys 0700 root root -"), tmpfiles);
        if (SystemCommands.runningAsRoot()) {
            int uid = (int) Files.getAttribute(root.resolve("var/lib/xiangli"), "unix:uid");
            assertTrue(Files.readString(root.resolve("etc/passwd")).contains("xiangli:x:" + uid + ":"));
            assertEquals(0, Files.getAttribute(root.resolve("etc/xiangli/keys"), "unix:uid"));
            assertEquals(0, Files.getAttribute(root.resolve(InstallLayout.PAYMENTS_KEY_FILE.substring(1)),
                    "unix:uid"), "the payments data key belongs to root");
        }
        for (SystemdUnits.Unit unit : SystemdUnits.ALL) {
            assertMode("etc/systemd/system/" + unit.name(), "rw-r--r--");
        }
        assertEquals(Path.of("/etc/systemd/system/xiangli-kiosk.service"),
                Files.readSymbolicLink(root.resolve("etc/systemd/system/graphical.target.wants/xiangli-kiosk.service")));
        assertTrue(Files.isSymbolicLink(root.resolve("etc/systemd/system/timers.target.wants/xiangli-sync.timer")));
        assertFalse(Files.exists(root.resolve("etc/systemd/system/timers.target.wants/xiangli-screen-off.timer"),
                LinkOption.NOFOLLOW_LINKS), "no schedule in the config, no screen timer");
        assertTrue(run.out().contains("no config yet"), run.out());
    }

    @Test
    void givenAnInstalledRoot_whenInstallAgain_thenItSucceedsAndKeepsTheSameUser() throws Exception {
        assertEquals(0, Output.run(() -> KioskCtl.run("install", "--root", root.toString())).exitCode());
        String passwd = Files.readString(root.resolve("etc/passwd"));
        String dataKey = Files.readString(root.resolve(InstallLayout.PAYMENTS_KEY_FILE.substring(1)));

        Output again = Output.run(() -> KioskCtl.run("install", "--root", root.toString()));

        assertEquals(0, again.exitCode(), again.err());
        assertEquals(passwd, Files.readString(root.resolve("etc/passwd")));
        assertEquals(dataKey, Files.readString(root.resolve(InstallLayout.PAYMENTS_KEY_FILE.substring(1))),
                "the payments data key is kept");
    }

    @Test
    void givenAConfigWithAScreenSchedule_whenInstall_thenTheTimersRunAtThoseTimesAndVerify() throws Exception {
        Path config = root.resolve("etc/xiangli/kiosk.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[display]\nscreen_off = \"21:30\"\nscreen_on = \"06:45\"\n", StandardCharsets.UTF_8);

        Output run = Output.run(() -> KioskCtl.run("install", "--root", root.toString()));

        assertEquals(0, run.exitCode(), run.err());
        Path units = root.resolve("etc/systemd/system");
        assertTrue(Files.readString(units.resolve("xiangli-screen-off.timer.d/schedule.conf"))
                .contains("OnCalendar=*-*-* 21:30:00 Asia/Shanghai"));
        assertTrue(Files.readString(units.resolve("xiangli-screen-on.timer.d/schedule.conf"))
                .contains("OnCalendar=*-*-* 06:45:00 Asia/Shanghai"));
        assertTrue(Files.isSymbolicLink(units.resolve("timers.target.wants/xiangli-screen-on.timer")));

        UnitVerifier.prepare(root);
        List<Path> installed = new ArrayList<>();
        SystemdUnits.ALL.forEach(u -> installed.add(units.resolve(u.name())));
        UnitVerifier.Result verify = UnitVerifier.verify(root, installed);
        assertEquals(0, verify.exitCode(), verify.output());
        assertEquals("", verify.output().strip());
    }

    @Test
    void givenABrokenConfig_whenInstall_thenItStopsAndNamesTheLine() throws Exception {
        Path config = root.resolve("etc/xiangli/kiosk.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[display]\nscreen_off = \"late\"\n", StandardCharsets.UTF_8);

        Output run = Output.run(() -> KioskCtl.run("install", "--root", root.toString()));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("kiosk.toml:2"), run.err());
    }

    @Test
    void givenACountyKey_whenInstall_thenAFreshKioskTrustsItForZeroTouchSetUp() throws Exception {
        var key = org.xiangli.kiosk.keys.PublisherKeyFiles.generate(root.resolve("county-keys-src"));

        Output run = Output.run(() -> KioskCtl.run("install", "--root", root.toString(), "--county-key",
                root.resolve("county-keys-src/publisher.pub").toString()));

        assertEquals(0, run.exitCode(), run.err());
        var trusted = org.xiangli.kiosk.ops.ZeroTouchSetup.readCountyKeys(root.resolve("etc/xiangli/county-keys.pub"));
        assertEquals(List.of(key.id()), trusted.keys().stream().map(k -> k.id()).toList());
    }

    @Test
    void givenTheDebianPackagesUnits_whenInstall_thenNoUnitIsCopiedIntoEtcAndTheLinksNameThePackagesUnits()
            throws Exception {
        Path packaged = root.resolve("usr/lib/systemd/system");
        Files.createDirectories(packaged);
        for (SystemdUnits.Unit unit : SystemdUnits.ALL) {
            Files.write(packaged.resolve(unit.name()), SystemdUnits.read(unit.name()));
        }
        String dpkgs = "# the package's copy\n";
        for (String file : List.of("usr/lib/sysusers.d/xiangli.conf", "usr/lib/tmpfiles.d/xiangli.conf")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), dpkgs + SystemdUnits.text(file.contains("sysusers")
                    ? SystemdUnits.SYSUSERS : SystemdUnits.TMPFILES));
        }
        Path config = root.resolve("etc/xiangli/kiosk.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[display]\nscreen_off = \"21:30\"\n", StandardCharsets.UTF_8);

        Output run = Output.run(() -> KioskCtl.run("install", "--root", root.toString()));

        assertEquals(0, run.exitCode(), run.err());
        for (SystemdUnits.Unit unit : SystemdUnits.ALL) {
            assertFalse(Files.exists(root.resolve("etc/systemd/system/" + unit.name())), unit.name() + " copied");
        }
        assertTrue(Files.readString(root.resolve("usr/lib/tmpfiles.d/xiangli.conf")).startsWith(dpkgs), "dpkg's file");
        assertTrue(Files.readString(root.resolve("usr/lib/sysusers.d/xiangli.conf")).startsWith(dpkgs), "dpkg's file");
        assertTrue(Files.readString(root.resolve("etc/passwd")).contains("xiangli:x:"), "user created");
        assertEquals(Path.of("/usr/lib/systemd/system/xiangli-kiosk.service"),
                Files.readSymbolicLink(root.resolve("etc/systemd/system/graphical.target.wants/xiangli-kiosk.service")));
        assertEquals(Path.of("/usr/lib/systemd/system/xiangli-screen-off.timer"),
                Files.readSymbolicLink(root.resolve("etc/systemd/system/timers.target.wants/xiangli-screen-off.timer")));
        assertTrue(Files.readString(root.resolve("etc/systemd/system/xiangli-screen-off.timer.d/schedule.conf"))
                .contains("21:30:00"));
        assertTrue(run.out().contains("the package's"), run.out());
    }

    @Test
    void givenKeysOnly_whenInstall_thenOnlyThePaymentsDataKeyIsMadeAndAnExistingOneIsKept() throws Exception {
        Output first = Output.run(() -> KioskCtl.run("install", "--keys-only", "--root", root.toString()));
        String key = Files.readString(root.resolve(InstallLayout.PAYMENTS_KEY_FILE.substring(1)));
        Output again = Output.run(() -> KioskCtl.run("install", "--keys-only", "--root", root.toString()));

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, again.exitCode(), again.err());
        assertMode(InstallLayout.PAYMENTS_KEY_FILE.substring(1), "rw-------");
        assertEquals(key, Files.readString(root.resolve(InstallLayout.PAYMENTS_KEY_FILE.substring(1))));
        assertFalse(Files.exists(root.resolve("etc/passwd")), "no user: the package's sysusers file makes it");
        assertFalse(Files.exists(root.resolve("etc/systemd")), "no units, no links");
    }

    @Test
    void givenALinkPlantedWhereTheCountyKeysGo_whenInstall_thenTheLinkIsReplacedAndItsTargetIsUntouched()
            throws Exception {
        org.xiangli.kiosk.keys.PublisherKeyFiles.generate(root.resolve("county-keys-src"));
        Path victim = root.resolve("victim.key");
        Files.writeString(victim, "root only\n");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-------"));
        Path keys = Files.createDirectories(root.resolve("etc/xiangli")).resolve("county-keys.pub");
        Files.createSymbolicLink(keys, victim);

        Output run = Output.run(() -> KioskCtl.run("install", "--root", root.toString(), "--county-key",
                root.resolve("county-keys-src/publisher.pub").toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("root only\n", Files.readString(victim));
        assertMode("victim.key", "rw-------");
        assertFalse(Files.isSymbolicLink(keys));
        assertMode("etc/xiangli/county-keys.pub", "rw-r--r--");
    }

    @Test
    void givenALinkPlantedAsTheKeysFolder_whenInstall_thenItStopsAndTheTargetKeepsItsOwnerAndMode() throws Exception {
        Path victim = Files.createDirectories(root.resolve("victim"));
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(Files.createDirectories(root.resolve("etc/xiangli")).resolve("keys"), victim);

        Output run = Output.run(() -> KioskCtl.run("install", "--root", root.toString()));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("symbolic link"), run.err());
        assertMode("victim", "rwxr-xr-x");
        try (var files = Files.list(victim)) {
            assertEquals(0, files.count(), "no key was written into the link's target");
        }
    }

    private void assertMode(String relative, String mode) throws Exception {
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(relative),
                LinkOption.NOFOLLOW_LINKS)), relative);
    }
}
