package org.xiangli.provisioning.install;

import java.util.List;

/** Where a kiosk keeps things, and who may read them: the one place the install tree is described. */
public final class InstallLayout {

    public static final String USER = "xiangli";

    /** A directory with its owner, group and mode, as systemd-tmpfiles writes it ({@code d PATH MODE USER GROUP}). */
    public record Dir(String path, String mode, String owner, String group) {

        String tmpfilesLine() {
            return "d " + path + " " + mode + " " + owner + " " + group + " -";
        }
    }

    /** The same as systemd/xiangli.tmpfiles, which the package ships (SystemdUnitsTest keeps the two equal). */
    public static final List<Dir> DIRS = List.of(
            // The kiosk itself writes kiosk.toml during zero-touch set-up, hence group-writable for xiangli; setgid
            // so a config root writes is in group xiangli too, and the kiosk can read it; sticky so the kiosk user
            // cannot rename or delete what root put there (the keys folder, a technician's config).
            new Dir("/etc/xiangli", "3770", "root", USER),
            // The device identity and payments data key: root only.
            new Dir("/etc/xiangli/keys", "0700", "root", "root"),
            new Dir("/var/lib/xiangli", "0750", USER, USER),
            new Dir("/var/log/xiangli", "0750", USER, USER));

    public static final String SYSUSERS_FILE = "/usr/lib/sysusers.d/xiangli.conf";
    public static final String TMPFILES_FILE = "/usr/lib/tmpfiles.d/xiangli.conf";
    public static final String UNIT_DIR = "/etc/systemd/system";
    public static final String CONFIG_FILE = "/etc/xiangli/kiosk.toml";
    public static final String KEYS_DIR = "/etc/xiangli/keys";
    /** The payments data key; {@code xiangli-kiosk.service} loads it as the credential {@code payments.key}. */
    public static final String PAYMENTS_KEY_FILE = KEYS_DIR + "/"
            + org.xiangli.provisioning.enroll.DeviceIdentity.PAYMENTS_KEY_FILE;

    /**
     * The Debian package's copy of the units: where it is, dpkg owns the units, sysusers and tmpfiles files and
     * deb-systemd-helper their enabling, and {@code kioskctl install} writes none of them into /etc.
     */
    public static final String PACKAGED_UNIT_DIR = "/usr/lib/systemd/system";

    private InstallLayout() {
    }
}
