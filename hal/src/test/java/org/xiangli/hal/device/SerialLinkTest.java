package org.xiangli.hal.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serial port over real socat pty pairs: bytes both ways, and every way a port can fail ends a read promptly. */
class SerialLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @BeforeEach
    void socat() {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
    }

    @Test
    void aLargeWriteArrivesWholeAndInOrderAtTheOtherEnd() throws Exception {
        byte[] sent = new byte[200_000];
        new Random(18).nextBytes(sent);
        try (PtyPair pair = pair("a"); Link driver = open(pair.driverEnd()); Link device = open(pair.deviceEnd())) {
            // More than a pty buffers: the write waits for room while the far end reads.
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readAll(device, sent.length));
            driver.write(sent);
            assertArrayEquals(sent, received.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aReadWithNothingToReadWaitsItsTimeAndReturnsNothing() throws Exception {
        try (PtyPair pair = pair("b"); Link driver = open(pair.driverEnd())) {
            long start = System.nanoTime();
            assertEquals(0, driver.read(new byte[16], 0, 16, Duration.ofMillis(250)));
            long took = System.nanoTime() - start;
            assertTrue(took >= TimeUnit.MILLISECONDS.toNanos(240), "waited " + took / 1_000_000 + " ms");
            assertEquals(0, driver.read(new byte[16], 0, 16, Duration.ZERO), "a zero timeout only looks");
        }
    }

    @Test
    void unpluggingEndsAReadUnderWayWithLinkClosed() throws Exception {
        PtyPair pair = pair("c");
        try (Link driver = open(pair.driverEnd())) {
            CompletableFuture<Integer> reading = CompletableFuture.supplyAsync(() -> {
                try {
                    return driver.read(new byte[16], 0, 16, Duration.ofSeconds(60));
                } catch (IOException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            Thread.sleep(100);
            pair.close();
            ExecutionException ended = assertThrows(ExecutionException.class, () -> reading.get(5, TimeUnit.SECONDS));
            assertInstanceOf(LinkClosedException.class, ended.getCause());
            assertThrows(LinkClosedException.class, () -> driver.write(new byte[] {1}), "writing after the unplug");
        }
    }

    /**
     * The failure that retired jssc: a port unplugged while bytes were arriving left its native read spinning for
     * good. Here the far end streams without pause and socat is ended at a different moment each round; the read
     * must end with {@link LinkClosedException} every time.
     */
    @Test
    void unpluggedWhileBytesStreamInTheReadEndsEveryTime() throws Exception {
        Random moments = new Random(25);
        for (int round = 0; round < 40; round++) {
            PtyPair pair = pair("stream");
            Link driver = open(pair.driverEnd());
            Link device = open(pair.deviceEnd());
            AtomicBoolean streaming = new AtomicBoolean(true);
            Thread sender = Thread.ofPlatform().daemon().start(() -> {
                byte[] chunk = new byte[64];
                while (streaming.get()) {
                    try {
                        device.write(chunk);
                    } catch (IOException gone) {
                        return;
                    }
                }
            });
            CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
                byte[] buffer = new byte[256];
                try {
                    while (true) {
                        driver.read(buffer, 0, buffer.length, Duration.ofSeconds(60));
                    }
                } catch (IOException e) {
                    return e;
                }
            });
            Thread.sleep(moments.nextInt(30));
            pair.close();
            Throwable ended = reader.get(5, TimeUnit.SECONDS);
            assertInstanceOf(LinkClosedException.class, ended, "round " + round + ": " + ended);
            streaming.set(false);
            sender.join(5000);
            driver.close();
            device.close();
        }
    }

    @Test
    void closingFromAnotherThreadEndsAReadPromptly() throws Exception {
        try (PtyPair pair = pair("d")) {
            Link driver = open(pair.driverEnd());
            CompletableFuture<Throwable> reading = CompletableFuture.supplyAsync(() -> {
                try {
                    driver.read(new byte[16], 0, 16, Duration.ofSeconds(60));
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
            Thread.sleep(100);
            driver.close();
            assertInstanceOf(LinkClosedException.class, reading.get(5, TimeUnit.SECONDS));
            driver.close();
        }
    }

    @Test
    void whatIsNoSerialPortIsRefusedWithAClearError() throws IOException {
        LinkClosedException missing = assertThrows(LinkClosedException.class,
                () -> SerialLink.open(dir.resolve("ttyUSB9").toString(), 9600));
        assertTrue(missing.getMessage().startsWith("no such port"), missing.getMessage());

        Path file = Files.writeString(dir.resolve("not-a-port"), "text");
        LinkClosedException notSerial = assertThrows(LinkClosedException.class,
                () -> SerialLink.open(file.toString(), 9600));
        assertTrue(notSerial.getMessage().contains("is not a serial port"), notSerial.getMessage());

        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> SerialLink.open(file.toString(), 12345));
        assertTrue(odd.getMessage().contains("12345"), odd.getMessage());
    }

    @Test
    void everyStandardRateCanBeSetOnAPort() throws Exception {
        try (PtyPair pair = pair("f")) {
            for (int baud : new int[] {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600}) {
                try (Link link = SerialLink.open(pair.driverEnd().toString(), baud)) {
                    assertEquals(pair.driverEnd().toString(), link.name());
                }
            }
        }
    }

    private PtyPair pair(String name) throws IOException {
        return PtyPair.open(dir.resolve(name + "-driver"), dir.resolve(name + "-device"), WAIT);
    }

    private static Link open(Path end) throws IOException {
        return SerialLink.open(end.toString(), 115200);
    }

    private static byte[] readAll(Link link, int length) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            while (got.size() < length && System.nanoTime() < deadline) {
                int count = link.read(buffer, 0, buffer.length, Duration.ofMillis(200));
                got.write(buffer, 0, count);
            }
        } catch (IOException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
        return got.toByteArray();
    }
}
