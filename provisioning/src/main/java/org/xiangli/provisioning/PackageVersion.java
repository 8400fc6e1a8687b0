package org.xiangli.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The installed xiangli package's version, from dpkg's own database (no process to start), and kioskctl's version
 * from its jar: {@code kioskctl -V} and {@code diag} say the same.
 */
public final class PackageVersion {

    private static final Path DPKG_STATUS = Path.of("/var/lib/dpkg/status");

    private PackageVersion() {
    }

    /** kioskctl's version as built (the jar's manifest), or "development build" from a class folder. */
    public static String kioskctl() {
        String v = PackageVersion.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    /** The Version of the installed package {@code xiangli} in a dpkg status file. */
    public static Optional<String> installed(Path status) {
        try {
            for (String block : Files.readString(status, StandardCharsets.UTF_8).split("\n\n")) {
                if (block.startsWith("Package: xiangli\n") && block.contains("\nStatus: install ok installed")) {
                    return block.lines().filter(l -> l.startsWith("Version: ")).findFirst()
                            .map(l -> l.substring("Version: ".length()).strip());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "package xiangli VERSION", or that none is installed; a line. */
    public static String line() {
        return "package xiangli " + installed(DPKG_STATUS).orElse("(not installed: kioskctl from a build tree)")
                + ", kioskctl " + kioskctl() + "\n";
    }
}
