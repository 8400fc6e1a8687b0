package org.xiangli.provisioning.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code systemd-analyze security --offline=true} on the units we ship (issue 13 item 14): the kiosk at most 4.5,
 * every other unit at most 2.5 (the USB stick mount too, since systemd-mount lets PID 1 mount for it).
 * The README's "Security" section quotes these figures.
 */
class SystemdSecurityTest {

    /** The project's systemd folder, which the package ships (Maven runs tests in the module's folder). */
    private static final Path UNITS = Path.of("..", "systemd");
    private static final Path ANALYZE = Path.of("/usr/bin/systemd-analyze");
    private static final Pattern OVERALL = Pattern.compile("Overall exposure level for \\S+: (\\d+\\.\\d)");
    private static final Map<String, Double> LIMITS = Map.of(
            "xiangli-kiosk.service", 4.5,
            "xiangli-sync.service", 2.5,
            "xiangli-screen-on.service", 2.5,
            "xiangli-screen-off.service", 2.5,
            "xiangli-usb-mount@.service", 2.5);

    @TempDir
    Path dir;

    @Test
    void everyShippedServiceIsWithinItsExposureLimit() throws Exception {
        assumeTrue(Files.isExecutable(ANALYZE), "systemd-analyze is not installed");
        StringBuilder report = new StringBuilder();
        boolean within = true;
        for (Map.Entry<String, Double> limit : LIMITS.entrySet()) {
            double exposure = exposure(limit.getKey());
            report.append(limit.getKey()).append(' ').append(exposure).append(" (limit ").append(limit.getValue())
                    .append(")\n");
            within &= exposure <= limit.getValue();
        }
        assertTrue(within, report.toString());
    }

    @Test
    void theCheckIsReal_aServiceWithoutHardeningIsExposed() throws Exception {
        assumeTrue(Files.isExecutable(ANALYZE), "systemd-analyze is not installed");
        Path unit = dir.resolve("bare.service");
        Files.writeString(unit, "[Service]\nExecStart=/bin/true\n");

        assertTrue(exposureOf(unit) > 9.0);
    }

    @Test
    void theLimitsCoverEveryServiceInTheSystemdFolder() throws IOException {
        try (var files = Files.list(UNITS)) {
            assertEquals(LIMITS.keySet(), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".service")).collect(java.util.stream.Collectors.toSet()));
        }
    }

    private double exposure(String name) throws Exception {
        return exposureOf(UNITS.resolve(name));
    }

    private static double exposureOf(Path unit) throws Exception {
        Process p = new ProcessBuilder(ANALYZE.toString(), "security", "--offline=true", "--no-pager",
                unit.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "systemd-analyze hung");
        Matcher m = OVERALL.matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }
}
