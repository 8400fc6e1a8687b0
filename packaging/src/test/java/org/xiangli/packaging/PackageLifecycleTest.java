package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.packaging.Debs.Run;

/**
 * The package's life on a throwaway root ($DPKG_ROOT) with the real tools: systemd-sysusers, systemd-tmpfiles,
 * deb-systemd-helper, the packaged kioskctl, userdel. Install, the admin disables a timer, upgrade, remove, purge.
 */
class PackageLifecycleTest {

    private static final Path WANTS_KIOSK = Path.of("etc/systemd/system/graphical.target.wants/xiangli-kiosk.service");
    private static final Path WANTS_SYNC = Path.of("etc/systemd/system/timers.target.wants/xiangli-sync.timer");
    private static final Path KEY = Path.of("etc/xiangli/keys/payments-data.key");

    @TempDir
    Path dir;

    @Test
    void installDisableUpgradeRemovePurge() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "userdel and chown need root");
        Path root = Debs.unpack(Debs.machineArch(), dir);
        Path control = Debs.control(Debs.machineArch(), dir);
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.writeString(root.resolve("etc/group"), "root:x:0:\n");
        // As dpkg calls maintainer scripts (deb-systemd-helper refuses to run otherwise); the package's kioskctl.
        Map<String, String> env = new HashMap<>(Map.of("DPKG_ROOT", root.toString(), "DPKG_MAINTSCRIPT_PACKAGE",
                "xiangli", "XIANGLI_JAVA", Debs.testJava(), "PATH", root.resolve("usr/bin") + ":" + System.getenv("PATH")));

        Run install = Debs.run(env, "sh", control.resolve("postinst").toString(), "configure", "");

        assertEquals(0, install.exitCode(), install.output());
        assertTrue(Files.readString(root.resolve("etc/passwd")).contains("\nxiangli:x:"), "user");
        for (String group : List.of("xiangli", "gpio", "input", "render")) {
            assertTrue(Files.readString(root.resolve("etc/group")).contains("\n" + group + ":x:"), group);
        }
        int uid = (int) Files.getAttribute(root.resolve("var/lib/xiangli"), "unix:uid");
        assertTrue(Files.readString(root.resolve("etc/passwd")).contains("\nxiangli:x:" + uid + ":"), "owner");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(KEY))));
        assertEquals(Path.of("/usr/lib/systemd/system/xiangli-kiosk.service"),
                Files.readSymbolicLink(root.resolve(WANTS_KIOSK)));
        assertTrue(Files.isSymbolicLink(root.resolve(WANTS_SYNC)));
        String key = Files.readString(root.resolve(KEY));

        // The technician: systemctl disable xiangli-sync.timer, and a drop-in for the kiosk.
        Files.delete(root.resolve(WANTS_SYNC));
        Path dropIn = root.resolve("etc/systemd/system/xiangli-kiosk.service.d/local.conf");
        Files.createDirectories(dropIn.getParent());
        Files.writeString(dropIn, "[Service]\nEnvironment=LOCAL=1\n");
        Run upgrade = Debs.run(env, "sh", control.resolve("postinst").toString(), "configure",
                "0.1.0~git20261129000000.abcdef0");

        assertEquals(0, upgrade.exitCode(), upgrade.output());
        assertFalse(Files.exists(root.resolve(WANTS_SYNC), LinkOption.NOFOLLOW_LINKS), "disabled stays disabled");
        assertTrue(Files.isSymbolicLink(root.resolve(WANTS_KIOSK)));
        assertEquals("[Service]\nEnvironment=LOCAL=1\n", Files.readString(dropIn));
        assertEquals(key, Files.readString(root.resolve(KEY)), "the payments data key is kept");

        // dpkg removes the package's files, then runs postrm remove; purge later.
        try (Stream<Path> units = Files.list(root.resolve("usr/lib/systemd/system"))) {
            for (Path unit : units.toList()) {
                Files.delete(unit);
            }
        }
        Files.delete(dropIn);
        Run remove = Debs.run(env, "sh", control.resolve("postrm").toString(), "remove");
        assertEquals(0, remove.exitCode(), remove.output());
        assertTrue(Files.exists(root.resolve("var/lib/xiangli")), "remove keeps the data");
        Run purge = Debs.run(env, "sh", control.resolve("postrm").toString(), "purge");

        assertEquals(0, purge.exitCode(), purge.output());
        assertFalse(Files.readString(root.resolve("etc/passwd")).contains("xiangli"), "user deleted");
        assertFalse(Files.readString(root.resolve("etc/group")).contains("\nxiangli:"), "group deleted");
        assertFalse(Files.exists(root.resolve("var/lib/xiangli")));
        assertEquals(key, Files.readString(root.resolve(KEY)), "the keys stay unless confirmed");
        try (Stream<Path> left = Files.walk(root.resolve("etc/systemd"))) {
            List<Path> xiangli = left.filter(p -> p.getFileName().toString().contains("xiangli")).toList();
            assertEquals(List.of(), xiangli, "links and masks left behind");
        }
    }
}
