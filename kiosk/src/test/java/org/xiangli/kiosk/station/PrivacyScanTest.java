package org.xiangli.kiosk.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.KioskMain;

/**
 * After the errand and request scenarios have run on one kiosk (one data dir, as a station's day would), no file
 * under the data dir and no log line — at every level, debug included — holds the villager's ID number, name or
 * phone number, in any encoding the kiosk might have written them in.
 */
class PrivacyScanTest {

    static final Path SCENARIOS = Path.of("src", "test", "scenarios");
    /** From the scenarios: 李春花's card and errands, the phone left with a request. */
    static final List<String> SECRETS = List.of("360123195607080049", "李春花", "13800001234");
    static final List<String> RUN = List.of("errand-by-card.scenario", "errand-by-qr-pickup.scenario",
            "request-and-answer.scenario", "request-by-voice.scenario", "satisfaction.scenario");

    @Test
    void noIdNumberNameOrPhoneIsLeftInTheDataDirOrTheLogs(@TempDir Path data) throws IOException {
        StringBuilder logs = new StringBuilder();
        Logger root = Logger.getLogger("");
        Level was = root.getLevel();
        SimpleFormatter format = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (logs) {
                    logs.append(format.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try {
            for (String scenario : RUN) {
                ByteArrayOutputStream report = new ByteArrayOutputStream();
                int exit;
                try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
                    exit = KioskMain.launch(out, "--demo", "--headless", "--data", data.toString(), "--config",
                            SCENARIOS.resolve("scenarios.toml").toString(), "--size", "1280x800", "--scenario",
                            SCENARIOS.resolve(scenario).toString());
                }
                assertEquals(0, exit, report.toString(StandardCharsets.UTF_8));
            }
        } finally {
            root.removeHandler(capture);
            root.setLevel(was);
        }

        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".wav")),
                "the voice message was kept (and scanned): " + files);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : SECRETS) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE, Charset.forName("GB18030"))) {
                    if (indexOf(bytes, secret.getBytes(charset)) >= 0) {
                        found.add(data.relativize(file) + " holds " + secret + " in " + charset);
                    }
                }
            }
        }
        String logText = logs.toString();
        assertTrue(logText.contains("errand") && logText.contains("request"), "the logs were captured");
        for (String secret : SECRETS) {
            logText.lines().filter(l -> l.contains(secret)).limit(3)
                    .forEach(l -> found.add("the log holds " + secret + ": " + l));
        }
        assertEquals(List.of(), found);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
