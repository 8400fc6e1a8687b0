package org.xiangli.provisioning.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Versions, disk, memory and service state: what support asks first. Every fact that fails says why. */
final class SystemFacts {

    private SystemFacts() {
    }

    static String versions() {
        return String.join("\n",
                "kioskctl " + org.xiangli.provisioning.PackageVersion.kioskctl(),
                "java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                "os " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                file("/etc/os-release"),
                file("/proc/device-tree/model").replace('\0', ' '),
                "") ;
    }

    static String diskAndMemory(List<Path> paths) {
        StringBuilder sb = new StringBuilder();
        for (Path path : paths) {
            try {
                FileStore store = Files.getFileStore(existingAncestor(path));
                sb.append(String.format("disk %s (%s): %d MB free of %d MB%n", path, store.name(),
                        store.getUsableSpace() >> 20, store.getTotalSpace() >> 20));
            } catch (IOException e) {
                sb.append("disk ").append(path).append(": ").append(e.getMessage()).append('\n');
            }
        }
        sb.append('\n').append(file("/proc/meminfo"));
        sb.append("\nuptime (s): ").append(file("/proc/uptime"));
        sb.append("\njvm heap max ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB\n");
        return sb.toString();
    }

    /** Output of a diagnostic program, or why it could not run (no systemd in a container, no journal). */
    static String command(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return "$ " + String.join(" ", command) + "\n" + new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "$ " + String.join(" ", command) + "\n(cannot run: " + e.getMessage() + ")\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)\n";
        }
    }

    static String file(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + path + ": " + e.getClass().getSimpleName() + ")\n";
        }
    }

    private static Path existingAncestor(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of("/") : p;
    }
}
