package org.xiangli.provisioning.install;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The kiosk's systemd units and its sysusers and tmpfiles files, carried inside kioskctl.jar (the build copies them
 * from the project's {@code systemd/} folder, which the Debian package ships too), with the target each unit is
 * enabled into. The USB stick mount (a udev rule and a template unit) comes with the package only.
 */
public final class SystemdUnits {

    /** A unit file name and the target whose {@code .wants} holds it when enabled ({@code null}: not enabled). */
    public record Unit(String name, String wantedBy) {
    }

    public static final List<Unit> ALL = List.of(
            new Unit("xiangli-kiosk.service", "graphical.target"),
            new Unit("xiangli-sync.service", null),
            new Unit("xiangli-sync.timer", "timers.target"),
            new Unit("xiangli-screen-off.service", null),
            new Unit("xiangli-screen-off.timer", "timers.target"),
            new Unit("xiangli-screen-on.service", null),
            new Unit("xiangli-screen-on.timer", "timers.target"));

    /** The kiosk user and groups (systemd-sysusers) and its directories (systemd-tmpfiles), as the package ships. */
    public static final String SYSUSERS = "xiangli.sysusers";
    public static final String TMPFILES = "xiangli.tmpfiles";

    /** Programs the units start; a root that lacks them fails {@code systemd-analyze verify}. */
    public static final List<String> EXECUTABLES = List.of(
            "/usr/bin/cage", "/usr/bin/kioskctl", "/usr/share/xiangli/bin/xiangli-kiosk",
            "/usr/share/xiangli/bin/xiangli-screen");

    private SystemdUnits() {
    }

    public static String text(String name) throws IOException {
        return new String(read(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static byte[] read(String name) throws IOException {
        try (InputStream in = SystemdUnits.class.getResourceAsStream("units/" + name)) {
            if (in == null) {
                throw new IOException("unit " + name + " is missing from kioskctl.jar (build problem)");
            }
            return in.readAllBytes();
        }
    }
}
