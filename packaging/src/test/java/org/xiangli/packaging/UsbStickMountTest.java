package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.packaging.Debs.Run;

/**
 * The USB stick mount: a udev rule starts xiangli-usb-mount@DEVICE.service, which mounts the stick read-only,
 * nosuid, nodev, noexec under /media and removes the mount point when the stick goes. Tested as far as a machine
 * without a stick allows: the rule's syntax, the units with systemd-analyze verify, the script with stand-ins
 * for mount and its friends.
 */
class UsbStickMountTest {

    private static final Path RULE = Path.of("../systemd/90-xiangli-usb.rules");
    /** One udev rule assignment or match: KEY or KEY{attr}, operator, quoted value. */
    private static final Pattern PAIR =
            Pattern.compile("\\s*([A-Z_]+)(\\{[A-Za-z0-9_]+\\})?\\s*(==|!=|\\+=|-=|:=|=)\\s*\"([^\"]*)\"\\s*(,|$)");
    private static final List<String> UDEV_KEYS = List.of("ACTION", "SUBSYSTEM", "SUBSYSTEMS", "KERNEL", "ENV",
            "TAG", "GOTO", "LABEL", "ATTRS", "ATTR");

    @TempDir
    Path dir;

    @Test
    void theUdevRuleIsWellFormedAndStartsTheMountUnitForUsbFilesystemsOnly() throws Exception {
        List<String> rules = Files.readAllLines(RULE, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();

        for (String rule : rules) {
            Matcher pair = PAIR.matcher(rule);
            int end = 0;
            while (pair.find() && pair.start() == end) {
                assertTrue(UDEV_KEYS.contains(pair.group(1)), "unknown key " + pair.group(1) + " in " + rule);
                end = pair.end();
            }
            assertEquals(rule.length(), end, "not KEY op \"value\", ... from column " + end + ": " + rule);
        }
        String mount = rules.stream().filter(r -> r.contains("SYSTEMD_WANTS")).findFirst().orElseThrow();
        assertTrue(mount.contains("SUBSYSTEMS==\"usb\"") && mount.contains("ENV{ID_FS_USAGE}==\"filesystem\""), mount);
        assertTrue(mount.contains("ENV{SYSTEMD_WANTS}+=\"xiangli-usb-mount@%k.service\""), mount);
        // udevadm verify came with systemd 254; where it exists, it checks the rule too.
        Run help = Debs.run(Map.of(), "sh", "-c", "command -v udevadm >/dev/null && udevadm verify --help");
        if (help.exitCode() == 0) {
            Run verify = Debs.run(Map.of(), "udevadm", "verify", "--no-style", RULE.toString());
            assertEquals(0, verify.exitCode(), verify.output());
        }
    }

    @Test
    void everyPackagedUnitAndAMountInstancePassSystemdAnalyzeVerify() throws Exception {
        Path tree = Debs.unpack(Debs.machineArch(), dir);
        Path units = tree.resolve("usr/lib/systemd/system");
        List<Path> packaged;
        try (var files = Files.list(units)) {
            packaged = files.filter(f -> !f.getFileName().toString().contains("@")).sorted().toList();
        }
        // The host's own units (targets, getty, devices) beside the package's, and cage, which the package needs.
        try (var host = Files.list(Path.of("/usr/lib/systemd/system"))) {
            for (Path file : host.filter(Files::isRegularFile).toList()) {
                Path copy = units.resolve(file.getFileName().toString());
                if (!Files.exists(copy)) {
                    Files.copy(file, copy);
                }
            }
        }
        Files.createDirectories(tree.resolve("usr/bin"));
        Files.writeString(tree.resolve("usr/bin/cage"), "#!/bin/sh\n");
        tree.resolve("usr/bin/cage").toFile().setExecutable(true);
        Path instance = dir.resolve("xiangli-usb-mount@sda1.service");
        Files.copy(units.resolve("xiangli-usb-mount@.service"), instance);

        List<String> command = new java.util.ArrayList<>(List.of("systemd-analyze", "verify", "--man=no",
                "--generators=no", "--root=" + tree));
        packaged.forEach(u -> command.add(u.toString()));
        command.add(instance.toString());
        Run verify = Debs.run(Map.of(), command.toArray(String[]::new));

        assertEquals(0, verify.exitCode(), verify.output());
        assertEquals("", verify.output().strip(), "verify printed warnings");
    }

    @Test
    void aStickIsMountedReadOnlyNosuidNodevNoexecAndItsMountPointGoesWithIt() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        Path log = dir.resolve("calls.log");
        Path bin = dir.resolve("bin");
        Debs.stub(bin, "findmnt", log, "exit 1");
        Debs.stub(bin, "blkid", log, "echo vfat");
        Debs.stub(bin, "systemd-mount", log, "exit 0");
        Debs.stub(bin, "mountpoint", log, "exit 0");
        Debs.stub(bin, "systemd-umount", log, "exit 0");
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"),
                "XIANGLI_USB_ROOT", media.toString());

        Run mount = Debs.run(env, "sh", "src/deb/bin/xiangli-usb-mount", "mount", "sda1");

        assertEquals(0, mount.exitCode(), mount.output());
        assertTrue(Files.isDirectory(media.resolve("usb-sda1")));
        assertTrue(Files.readString(log).contains("systemd-mount --collect --property=LazyUnmount=yes "
                + "--options=ro,nosuid,nodev,noexec,utf8 /dev/sda1 " + media + "/usb-sda1\n"), Files.readString(log));

        Run umount = Debs.run(env, "sh", "src/deb/bin/xiangli-usb-mount", "umount", "sda1");

        assertEquals(0, umount.exitCode(), umount.output());
        assertTrue(Files.readString(log).contains("systemd-umount " + media + "/usb-sda1\n"), Files.readString(log));
        assertFalse(Files.exists(media.resolve("usb-sda1")), "the next stick must be a new folder to the kiosk");
    }

    @Test
    void aFilesystemMountedAlreadyIsLeftAlone_aPiBootingFromUsb() throws Exception {
        Path log = dir.resolve("calls.log");
        Path bin = dir.resolve("bin");
        Debs.stub(bin, "findmnt", log, "exit 0");
        Debs.stub(bin, "systemd-mount", log, "exit 0");
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"),
                "XIANGLI_USB_ROOT", dir.resolve("media").toString());

        Run run = Debs.run(env, "sh", "src/deb/bin/xiangli-usb-mount", "mount", "sda2");

        assertEquals(0, run.exitCode(), run.output());
        assertFalse(Files.readString(log).contains("systemd-mount"), Files.readString(log));
        assertTrue(run.output().contains("left alone"), run.output());
    }

    @Test
    void aDeviceNameThatIsAPathIsRefused() throws Exception {
        Run run = Debs.run(Map.of(), "sh", "src/deb/bin/xiangli-usb-mount", "mount", "../../etc");

        assertEquals(2, run.exitCode(), run.output());
    }
}
