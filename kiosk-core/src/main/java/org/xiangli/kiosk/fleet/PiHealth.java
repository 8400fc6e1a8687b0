package org.xiangli.kiosk.fleet;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Pi's health from Linux: the data partition's free space, {@code /proc/meminfo}, the SoC temperature from
 * {@code thermal_zone0} and the load average. A figure the system does not give (no thermal zone in a VM) is left
 * out, never guessed.
 */
final class PiHealth {

    private static final long MB = 1024 * 1024;
    private static final Path MEMINFO = Path.of("/proc/meminfo");
    private static final Path THERMAL = Path.of("/sys/class/thermal/thermal_zone0/temp");

    private PiHealth() {
    }

    static Telemetry.SystemFigures read(Path dataDir) {
        Long diskFree = null;
        Long diskTotal = null;
        try {
            FileStore store = Files.getFileStore(Files.exists(dataDir) ? dataDir : Path.of("/"));
            diskFree = store.getUsableSpace() / MB;
            diskTotal = store.getTotalSpace() / MB;
        } catch (IOException e) {
            // No figure rather than a wrong one.
        }
        Long memAvailable = meminfo("MemAvailable:").orElse(null);
        Long memTotal = meminfo("MemTotal:").orElse(null);
        Double temperature = null;
        try {
            temperature = Integer.parseInt(Files.readString(THERMAL, StandardCharsets.US_ASCII).strip()) / 1000.0;
        } catch (IOException | NumberFormatException e) {
            // Not a Pi, or no thermal zone: left out.
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Telemetry.SystemFigures(diskFree, diskTotal, memAvailable, memTotal, temperature,
                load < 0 ? null : Math.round(load * 100) / 100.0);
    }

    private static Optional<Long> meminfo(String field) {
        try {
            for (String line : Files.readAllLines(MEMINFO, StandardCharsets.US_ASCII)) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).strip().split("\\s+");
                    return Optional.of(Long.parseLong(parts[0]) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: left out.
        }
        return Optional.empty();
    }
}
