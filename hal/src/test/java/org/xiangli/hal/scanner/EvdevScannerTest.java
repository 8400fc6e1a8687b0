package org.xiangli.hal.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.testing.Await;

/**
 * The keyboard-mode scanner through the native open/poll/read path, fed from a FIFO standing in for the input node
 * (a FIFO cannot be grabbed, which the status then says).
 */
class EvdevScannerTest {

    @Test
    void givenAnInputNodeDeliveringKeyEvents_whenTheScannerReadsIt_thenGrabFailureIsReportedAndTheCodeArrives()
            throws Exception {
        Path fifo = Files.createTempDirectory("xiangli-evdev").resolve("event0");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        try (EvdevScanner scanner = new EvdevScanner(fifo.toString(),
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)))) {
            scanner.start();
            Await.until("scanner online", () -> scanner.status().isOnline());
            assertTrue(scanner.status().detail().contains("not grabbed"), scanner.status().describe());
            var next = scanner.nextCode(Duration.ofSeconds(10));

            try (FileOutputStream writer = new FileOutputStream(fifo.toFile())) {
                writer.write(KeyboardCodeDecoderTest.typed(InputEventDecoder.nativeRecordSize()));
            }

            assertEquals("Ab-1:", next.get(10, TimeUnit.SECONDS).text());
            // The writer's close reads as an unplug; the scanner reopens the node by itself.
            Await.until("online again", () -> scanner.status().isOnline());
        }
    }
}
