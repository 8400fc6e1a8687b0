package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void readsEveryOption() throws LaunchOptions.UsageException {
        LaunchOptions o = LaunchOptions.parse(List.of("--demo", "--data", "/tmp/d", "--config", "/tmp/k.toml",
                "--headless", "--windowed", "--staff-port", "8181", "--size", "1080x1920", "--screenshot", "/tmp/s.png"));
        assertTrue(o.demo() && o.headless() && o.windowed());
        assertEquals(Optional.of(Path.of("/tmp/d")), o.dataDir());
        assertEquals(Optional.of(Path.of("/tmp/k.toml")), o.configFile());
        assertEquals(Optional.of(8181), o.staffPort());
        assertArrayEquals(new int[] {1080, 1920}, o.windowSize().orElseThrow());
        assertEquals(Optional.of(Path.of("/tmp/s.png")), o.screenshot());
    }

    @Test
    void aScenarioRunsOnTheDemoKioskOrHeadlessOnly() throws LaunchOptions.UsageException {
        LaunchOptions o = LaunchOptions.parse(List.of("--demo", "--headless", "--large-text", "--scenario",
                "take-ticket.scenario"));
        assertEquals(Optional.of(Path.of("take-ticket.scenario")), o.scenario());
        assertTrue(o.largeText());

        assertTrue(assertThrows(LaunchOptions.UsageException.class,
                () -> LaunchOptions.parse(List.of("--scenario", "x.scenario"))).getMessage().contains("--demo"));
        // A technician's check on the station's own store (issue 20): headless only, never on the live screen.
        assertEquals(Optional.of(Path.of("x.scenario")),
                LaunchOptions.parse(List.of("--headless", "--scenario", "x.scenario")).scenario());
        assertEquals("--scenario needs a value", assertThrows(LaunchOptions.UsageException.class,
                () -> LaunchOptions.parse(List.of("--demo", "--scenario"))).getMessage());
    }

    @Test
    void theAotTrainingIsAWalkThroughTheScreens() throws LaunchOptions.UsageException {
        assertTrue(LaunchOptions.parse(List.of("--demo", "--headless", "--scenario", "builtin:aot-training",
                "--aot-training")).aotTraining());
        assertFalse(LaunchOptions.parse(List.of("--demo", "--headless", "--scenario", "x.scenario")).aotTraining());
        assertEquals("--aot-training needs --scenario: the training is a walk through the screens",
                assertThrows(LaunchOptions.UsageException.class,
                        () -> LaunchOptions.parse(List.of("--demo", "--aot-training"))).getMessage());
    }

    @Test
    void aDemoKioskRunsOnTheDayItIsGiven() throws LaunchOptions.UsageException {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        LaunchOptions o = LaunchOptions.parse(List.of("--demo", "--demo-date", "2026-11-23"));
        java.time.Clock clock = o.clock(shanghai);

        assertEquals(java.time.LocalDate.of(2026, 11, 23), java.time.LocalDate.now(clock));
        assertEquals(shanghai, clock.getZone());
        long apart = java.time.Duration.between(java.time.Instant.now(), clock.instant()).toSeconds();
        long offDay = Math.floorMod(apart, 86_400L);
        assertTrue(offDay < 5 || offDay > 86_395, "moved by whole days, the time of day real: " + apart + " s");
        assertEquals(java.time.LocalDate.now(shanghai), java.time.LocalDate.now(
                LaunchOptions.parse(List.of("--demo")).clock(shanghai)), "without it, the real day");
        assertEquals("--demo-date needs --demo: a station's clock is the real one",
                assertThrows(LaunchOptions.UsageException.class,
                        () -> LaunchOptions.parse(List.of("--demo-date", "2026-11-23"))).getMessage());
        assertEquals("--demo-date expects a date YYYY-MM-DD, e.g. 2026-11-23, got '23.11.2026'",
                assertThrows(LaunchOptions.UsageException.class,
                        () -> LaunchOptions.parse(List.of("--demo", "--demo-date", "23.11.2026"))).getMessage());
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertEquals("unknown option '--fast'",
                assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse(List.of("--fast")))
                        .getMessage());
        assertEquals("--data needs a value",
                assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse(List.of("--data")))
                        .getMessage());
        assertTrue(assertThrows(LaunchOptions.UsageException.class,
                () -> LaunchOptions.parse(List.of("--staff-port", "99999"))).getMessage().contains("0-65535"));
        assertTrue(assertThrows(LaunchOptions.UsageException.class,
                () -> LaunchOptions.parse(List.of("--size", "big"))).getMessage().contains("WIDTHxHEIGHT"));
    }

    @Test
    void randomCommandLinesOnlyFailWithUsageErrors() {
        Random random = new Random(3);
        String[] words = {"--demo", "--data", "--size", "1x1", "1920x1080", "--staff-port", "80", "x", "--", "",
            "--config", "--headless", "-h", "--screenshot", "--scenario", "--large-text", "--exit-after-start",
            "--demo-date", "2026-11-23", "2026-13-40"};
        for (int i = 0; i < 20_000; i++) {
            String[] args = new String[random.nextInt(6)];
            for (int j = 0; j < args.length; j++) {
                args[j] = words[random.nextInt(words.length)];
            }
            try {
                LaunchOptions.parse(List.of(args));
            } catch (LaunchOptions.UsageException expected) {
                assertTrue(!expected.getMessage().isBlank());
            }
        }
    }
}
