package org.xiangli.provisioning.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.ops.ZeroTouchSetup;
import org.xiangli.provisioning.store.NoFollowFiles;

/**
 * Lays a kiosk's system files into a root: the user (systemd-sysusers), the directories with owners and modes,
 * the units, their enabling symlinks and the screen-schedule drop-ins. With root {@code /} it is the real thing;
 * with a temporary root it stages an image (and the tests check it).
 * <p>Where the Debian package is installed (its units in {@value InstallLayout#PACKAGED_UNIT_DIR}), dpkg owns the
 * units and the sysusers and tmpfiles files: they are not written again, and the enabling links point at the
 * package's units. Nothing is then written into /etc/systemd/system but those links and the schedule drop-ins.
 */
public final class Installer {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Path root;
    private final Commands commands;
    private final boolean canChown;
    private final List<String> done = new ArrayList<>();

    /**
     * @param commands runs systemd-sysusers and systemctl (a recording fake in tests)
     * @param canChown whether this process may give files away (it runs as root)
     */
    public Installer(Path root, Commands commands, boolean canChown) {
        this.root = root;
        this.commands = commands;
        this.canChown = canChown;
    }

    /** Runs a system command; returns its exit code. */
    @FunctionalInterface
    public interface Commands {
        int run(List<String> command) throws IOException, InterruptedException;
    }

    /** What was done, one line per step, for the technician. */
    public List<String> install(Optional<KioskConfig> config) throws IOException, InterruptedException {
        createUser();
        createDirectories();
        createPaymentsKey();
        if (packaged()) {
            done.add("units: the package's, in " + InstallLayout.PACKAGED_UNIT_DIR + " (not copied into "
                    + InstallLayout.UNIT_DIR + ")");
        } else {
            installUnits();
        }
        enableAtBoot();
        writeScreenSchedule(config.map(KioskConfig::screenSchedule).orElse(KioskConfig.ScreenSchedule.ALWAYS_ON),
                config.map(c -> c.station().timeZone()).orElse(ZoneId.of("Asia/Shanghai")));
        // Only where systemd runs: a package installed into an image being built (chroot) has no manager to reload.
        if (isLive() && Files.isDirectory(Path.of("/run/systemd/system"))) {
            require(List.of("systemctl", "daemon-reload"));
        }
        return List.copyOf(done);
    }

    /**
     * Only the payments data key, when it is missing: the package's postinst, which leaves the user, directories
     * and units to systemd-sysusers, systemd-tmpfiles and deb-systemd-helper.
     */
    public List<String> installKeys() throws IOException {
        createPaymentsKey();
        return List.copyOf(done);
    }

    /** Whether the Debian package's units are installed in this root. */
    public boolean packaged() {
        return Files.isRegularFile(inRoot(InstallLayout.PACKAGED_UNIT_DIR + "/xiangli-kiosk.service"));
    }

    /** Writes the county keys a fresh kiosk verifies provisioning codes with (zero-touch set-up). */
    public String trustCountyKeys(List<PublisherKey> keys) throws IOException {
        StringBuilder sb = new StringBuilder("# County provisioning keys: written by 'kioskctl install --county-key'.\n");
        keys.forEach(k -> sb.append(k.encoded()).append('\n'));
        write(ZeroTouchSetup.COUNTY_KEYS_FILE.toString(), sb.toString(), "rw-r--r--");
        return "county keys " + keys.stream().map(PublisherKey::id).toList() + " in " + ZeroTouchSetup.COUNTY_KEYS_FILE;
    }

    private boolean isLive() {
        return root.toAbsolutePath().normalize().equals(Path.of("/"));
    }

    private void createUser() throws IOException, InterruptedException {
        if (!packaged()) {
            write(InstallLayout.SYSUSERS_FILE, SystemdUnits.text(SystemdUnits.SYSUSERS), "rw-r--r--");
        }
        // systemd-sysusers locks <root>/etc/passwd and needs the folder, even in an empty staged root.
        Files.createDirectories(inRoot("/etc"));
        // systemd-sysusers creates the user and groups the same way on a live system and in a staged root.
        List<String> command = new ArrayList<>(List.of("systemd-sysusers"));
        if (!isLive()) {
            command.add("--root=" + root.toAbsolutePath());
        }
        command.add(inRoot(InstallLayout.SYSUSERS_FILE).toString());
        require(command);
        done.add("user " + InstallLayout.USER + " (" + InstallLayout.SYSUSERS_FILE + ")");
    }

    private void createDirectories() throws IOException {
        if (!packaged()) {
            write(InstallLayout.TMPFILES_FILE, SystemdUnits.text(SystemdUnits.TMPFILES), "rw-r--r--");
        }
        Accounts accounts = Accounts.read(root);
        for (InstallLayout.Dir dir : InstallLayout.DIRS) {
            Path path = inRoot(dir.path());
            Files.createDirectories(path);
            // /etc/xiangli is writable by the kiosk group: a link planted as keys/ would have root chown and chmod
            // its target, and then write the payments key into it.
            if (Files.isSymbolicLink(path)) {
                throw new IOException(path + " is a symbolic link, not a directory: remove it and install again");
            }
            String owner = "";
            if (canChown) {
                Files.setAttribute(path, "unix:uid", accounts.uid(dir.owner()));
                Files.setAttribute(path, "unix:gid", accounts.gid(dir.group()));
                owner = " " + dir.owner() + ":" + dir.group();
            }
            // After the owner: chown clears setgid. "unix:mode" because Java's POSIX view has no setgid bit.
            Files.setAttribute(path, "unix:mode", Integer.parseInt(dir.mode(), 8));
            done.add("directory " + dir.path() + " " + dir.mode() + owner);
        }
        if (!canChown) {
            done.add("owners are set by systemd-tmpfiles at boot (" + InstallLayout.TMPFILES_FILE
                    + "): not running as root");
        }
    }

    /**
     * The kiosk unit loads the payments data key as a credential, and a missing credential file stops the unit
     * from starting at all: so the key exists from install on (enrolment keeps it).
     */
    private void createPaymentsKey() throws IOException {
        Path file = org.xiangli.provisioning.enroll.DeviceIdentity.createPaymentsKey(
                inRoot(InstallLayout.KEYS_DIR));
        done.add("payments data key " + InstallLayout.PAYMENTS_KEY_FILE + " 600"
                + (canChown ? " root:root" : "") + " (" + file.getFileName() + ")");
    }

    private void installUnits() throws IOException {
        for (SystemdUnits.Unit unit : SystemdUnits.ALL) {
            Path file = inRoot(InstallLayout.UNIT_DIR + "/" + unit.name());
            Files.createDirectories(file.getParent());
            Files.write(file, SystemdUnits.read(unit.name()));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            done.add("unit " + unit.name());
        }
    }

    /**
     * The kiosk and the sync timer, and graphical.target as the default target: what a technician asks for by
     * running install. The package's postinst never comes here, so upgrades keep the admin's choices.
     */
    private void enableAtBoot() throws IOException {
        enable("xiangli-kiosk.service", "graphical.target");
        enable("xiangli-sync.timer", "timers.target");
        // Raspberry Pi OS Lite boots to multi-user.target; the kiosk lives in graphical.target.
        Path defaultTarget = inRoot(InstallLayout.UNIT_DIR + "/default.target");
        Files.deleteIfExists(defaultTarget);
        Files.createSymbolicLink(defaultTarget, Path.of("/usr/lib/systemd/system/graphical.target"));
        done.add("default target graphical.target");
    }

    private void writeScreenSchedule(KioskConfig.ScreenSchedule schedule, ZoneId zone) throws IOException {
        scheduleOne("xiangli-screen-off.timer", schedule.off(), zone);
        scheduleOne("xiangli-screen-on.timer", schedule.on(), zone);
    }

    private void scheduleOne(String timer, Optional<LocalTime> time, ZoneId zone) throws IOException {
        Path dropIn = inRoot(InstallLayout.UNIT_DIR + "/" + timer + ".d/schedule.conf");
        if (time.isEmpty()) {
            Files.deleteIfExists(dropIn);
            Files.deleteIfExists(wantsLink(timer, "timers.target"));
            done.add("screen schedule " + timer + ": off (no time in the config)");
            return;
        }
        Files.createDirectories(dropIn.getParent());
        // The empty OnCalendar= clears the unit's fallback time; the zone keeps the station's local time even
        // when the Pi's own clock zone is UTC.
        Files.writeString(dropIn, "# From kiosk.toml; rewritten by 'kioskctl install'.\n[Timer]\nOnCalendar=\n"
                + "OnCalendar=*-*-* " + time.get().format(HH_MM) + ":00 " + zone.getId() + "\n", StandardCharsets.UTF_8);
        enable(timer, "timers.target");
        done.add("screen schedule " + timer + " at " + time.get().format(HH_MM) + " " + zone.getId());
    }

    private void enable(String unit, String target) throws IOException {
        Path link = wantsLink(unit, target);
        Files.createDirectories(link.getParent());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(packaged() ? InstallLayout.PACKAGED_UNIT_DIR : InstallLayout.UNIT_DIR,
                unit));
        done.add("enabled " + unit + " (" + target + ")");
    }

    private Path wantsLink(String unit, String target) {
        return inRoot(InstallLayout.UNIT_DIR + "/" + target + ".wants/" + unit);
    }

    /** Never through a link: the kiosk group can write to /etc/xiangli and could plant one (NoFollowFiles). */
    private void write(String absolute, String text, String mode) throws IOException {
        Path file = inRoot(absolute);
        Files.createDirectories(file.getParent());
        NoFollowFiles.write(file, text, mode);
    }

    private Path inRoot(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    private void require(List<String> command) throws IOException, InterruptedException {
        int code = commands.run(command);
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + code);
        }
    }
}
