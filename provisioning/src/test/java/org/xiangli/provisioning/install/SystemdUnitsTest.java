package org.xiangli.provisioning.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemdUnitsTest {

    @TempDir
    Path root;

    @Test
    void everyUnitPassesSystemdAnalyzeVerify() throws Exception {
        UnitVerifier.prepare(root);
        List<Path> units = writeUnits();

        UnitVerifier.Result result = UnitVerifier.verify(root, units);

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("", result.output().strip(), "verify printed warnings");
    }

    @Test
    void aUnitWithAMistakeFailsVerify_soTheCheckIsReal() throws Exception {
        UnitVerifier.prepare(root);
        Path unit = writeUnits().getFirst();
        Files.writeString(unit, Files.readString(unit).replace("Type=notify", "Type=notfiy"));
        Files.delete(root.resolve("usr/bin/cage"));

        UnitVerifier.Result result = UnitVerifier.verify(root, List.of(unit));

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("/usr/bin/cage"), result.output());
        assertTrue(result.output().contains("notfiy"), result.output());
    }

    @Test
    void theTmpfilesFileThePackageShipsMakesTheDirectoriesKioskctlInstallMakes() throws Exception {
        List<String> lines = SystemdUnits.text(SystemdUnits.TMPFILES).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();

        assertEquals(InstallLayout.DIRS.stream().map(InstallLayout.Dir::tmpfilesLine).toList(), lines);
    }

    @Test
    void theSysusersFileMakesEveryGroupTheKioskUnitNamesThatBaseSystemsLack() throws Exception {
        String sysusers = SystemdUnits.text(SystemdUnits.SYSUSERS);
        String unit = SystemdUnits.text("xiangli-kiosk.service");
        String groups = unit.lines().filter(l -> l.startsWith("SupplementaryGroups=")).findFirst().orElseThrow();

        assertTrue(sysusers.lines().anyMatch(l -> l.startsWith("u xiangli ")), sysusers);
        // dialout, video and lp come with every Debian (base-passwd); the others only with udev or Raspberry Pi OS.
        for (String group : groups.substring(groups.indexOf('=') + 1).split("\\s+")) {
            if (!List.of("dialout", "video", "lp").contains(group)) {
                assertTrue(sysusers.lines().anyMatch(l -> l.equals("g " + group + " -")), group + ": " + sysusers);
            }
        }
    }

    @Test
    void theKioskUnitHasTheWatchdogRestartsAndHardening() throws Exception {
        String unit = new String(SystemdUnits.read("xiangli-kiosk.service"), StandardCharsets.UTF_8);
        for (String line : List.of("Type=notify", "NotifyAccess=all", "WatchdogSec=", "Restart=always",
                "StartLimitBurst=", "User=xiangli", "NoNewPrivileges=yes", "ProtectSystem=strict",
                "ReadWritePaths=/var/lib/xiangli", "PrivateTmp=yes", "ProtectHome=yes",
                "SupplementaryGroups=dialout input gpio", "ExecStart=/usr/bin/cage")) {
            assertTrue(unit.lines().anyMatch(l -> l.startsWith(line)), "missing " + line);
        }
    }

    @Test
    void theKioskUnitPassesThePaymentsKeyThatEnrolCreatesAsTheCredentialTheKioskReads() throws Exception {
        String unit = new String(SystemdUnits.read("xiangli-kiosk.service"), StandardCharsets.UTF_8);
        String expected = "LoadCredential=" + org.xiangli.kiosk.payments.store.DataKeySource.CREDENTIAL + ":"
                + InstallLayout.PAYMENTS_KEY_FILE;
        assertTrue(unit.lines().anyMatch(expected::equals), "missing " + expected);
        assertTrue(unit.lines().noneMatch(l -> l.startsWith("LoadCredential=") && l.contains("device.key")),
                "the kiosk never needs the device identity");
    }

    private List<Path> writeUnits() throws Exception {
        Path dir = Files.createDirectories(root.resolve("etc/systemd/system"));
        List<Path> units = new ArrayList<>();
        for (SystemdUnits.Unit unit : SystemdUnits.ALL) {
            Path file = dir.resolve(unit.name());
            Files.write(file, SystemdUnits.read(unit.name()));
            units.add(file);
        }
        return units;
    }
}
