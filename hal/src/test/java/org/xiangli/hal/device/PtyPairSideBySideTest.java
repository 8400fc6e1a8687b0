package org.xiangli.hal.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairs launched before any is awaited (demo mode's three cables) each come up and carry their own bytes. */
class PtyPairSideBySideTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void threePairsLaunchedTogetherEachCarryTheirOwnBytes(@TempDir Path dir) throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        List<PtyPair.Starting> starting = new ArrayList<>();
        for (String name : List.of("card", "printer", "scanner")) {
            starting.add(PtyPair.launch(dir.resolve(name + "-driver"), dir.resolve(name + "-device")));
        }
        List<PtyPair> pairs = new ArrayList<>();
        try {
            for (PtyPair.Starting s : starting) {
                pairs.add(s.await(WAIT));
            }
            for (PtyPair pair : pairs) {
                assertTrue(Files.exists(pair.driverEnd()) && Files.exists(pair.deviceEnd()), "both links exist");
                byte[] sent = pair.driverEnd().getFileName().toString().getBytes(StandardCharsets.US_ASCII);
                try (Link driver = SerialLink.opener(pair.driverEnd().toString(), 115200).open();
                     Link device = SerialLink.opener(pair.deviceEnd().toString(), 115200).open()) {
                    driver.write(sent);
                    byte[] got = new byte[sent.length];
                    int read = 0;
                    long deadline = System.nanoTime() + WAIT.toNanos();
                    while (read < got.length && System.nanoTime() < deadline) {
                        read += device.read(got, read, got.length - read, Duration.ofMillis(200));
                    }
                    assertArrayEquals(sent, got, "the bytes came out of the other end of the same pair");
                }
            }
        } finally {
            pairs.forEach(PtyPair::close);
        }
        for (PtyPair pair : pairs) {
            assertFalse(Files.exists(pair.driverEnd()), "closing a pair removes its links");
        }
    }

    @Test
    void aPairThatCannotComeUpFailsItsAwaitWithAClearErrorAndLeavesNoSocat(@TempDir Path dir) throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        // A link where no file can be made: socat starts, fails and ends.
        Path nowhere = dir.resolve("no-such-folder").resolve("driver");
        PtyPair.Starting starting = PtyPair.launch(nowhere, dir.resolve("device"));
        IOException failure = assertThrows(IOException.class, () -> starting.await(WAIT));
        assertTrue(failure.getMessage().startsWith("socat did not start"), failure.getMessage());
    }
}
