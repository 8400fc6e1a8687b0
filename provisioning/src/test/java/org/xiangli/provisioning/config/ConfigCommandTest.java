package org.xiangli.provisioning.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.ConfigKey;
import org.xiangli.kiosk.config.ConfigSchema;
import org.xiangli.provisioning.KioskCtl;

class ConfigCommandTest {

    @TempDir
    Path dir;

    @Test
    void acceptsTheExampleItPrints() throws Exception {
        String example = capture(() -> assertEquals(0, KioskCtl.run("config", "example")));
        Path file = dir.resolve("kiosk.toml");
        Files.writeString(file, example);
        String out = capture(() -> assertEquals(0, KioskCtl.run("config", "check", file.toString())));
        assertTrue(out.contains("OK"), out);
    }

    @Test
    void rejectsABadValueNamingTheLineAndKey() throws Exception {
        Path file = dir.resolve("bad.toml");
        Files.writeString(file, "[display]\norientation = \"sideways\"\n");
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, KioskCtl.run("config", "check", file.toString()));
        } finally {
            System.setErr(err);
        }
        String message = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("bad.toml:2"), message);
        assertTrue(message.contains("display.orientation = \"sideways\""), message);
        assertTrue(message.contains("landscape or portrait"), message);
    }

    @Test
    void keysListsEverySchemaKeyAndWhetherTheCountyHubMaySetIt() {
        String out = capture(() -> assertEquals(0, KioskCtl.run("config", "keys")));
        for (ConfigKey<?> key : ConfigSchema.KEYS) {
            String line = out.lines().filter(l -> l.startsWith(key.name() + " ")).findFirst().orElseThrow(
                    () -> new AssertionError(key.name() + " missing from:\n" + out));
            assertTrue(line.contains(key.remoteSettable() ? " remote " : " local "), line);
        }
        assertTrue(out.contains("hash of the demo PIN"), "the demo PIN hash is named, not printed: " + out);
    }

    private static String capture(Runnable action) {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
