package org.xiangli.hal.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.testing.Await;
import org.xiangli.hal.testing.Ptys;

/**
 * Both scanner drivers keep the one contract the kiosk holds them to ({@link CodeScanner}), each fed the way its
 * hardware feeds it: the serial driver by the virtual scanner over a pty, the keyboard-mode driver by key events
 * written into a FIFO standing in for {@code /dev/input/eventN}.
 */
class CodeScannerContractTest {

    private static final Backoff FAST = new Backoff(Duration.ofMillis(20), Duration.ofMillis(100));
    /** ASCII only: keyboard mode cannot carry more, and {@link KeyboardCodeDecoderTest#typed} types this. */
    private static final String CODE = "Ab-1:";

    /** A driver and the far end that makes it see a code. */
    private interface Rig extends AutoCloseable {
        CodeScanner scanner();

        void scan() throws Exception;

        @Override
        void close();
    }

    enum Driver {
        SERIAL {
            @Override
            Rig rig() throws Exception {
                PtyPair pty = Ptys.open(Ptys.directory());
                VirtualScanner device = new VirtualScanner("contract",
                        SerialLink.opener(pty.deviceEnd().toString(), 9600), VirtualScanner.Suffix.CRLF,
                        StandardCharsets.UTF_8);
                device.start();
                CodeScanner scanner = CodeScanner.forPort(pty.driverEnd().toString(), 9600, FAST);
                return new Rig() {
                    @Override
                    public CodeScanner scanner() {
                        return scanner;
                    }

                    @Override
                    public void scan() {
                        device.scan(CODE);
                    }

                    @Override
                    public void close() {
                        scanner.close();
                        device.close();
                        pty.close();
                    }
                };
            }
        },
        KEYBOARD {
            @Override
            Rig rig() throws Exception {
                Path fifo = Files.createTempDirectory("xiangli-evdev").resolve("event0");
                Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
                assertEquals(0, mkfifo.waitFor());
                CodeScanner scanner = new EvdevScanner(fifo.toString(), FAST);
                return new Rig() {
                    @Override
                    public CodeScanner scanner() {
                        return scanner;
                    }

                    @Override
                    public void scan() throws Exception {
                        try (FileOutputStream writer = new FileOutputStream(fifo.toFile())) {
                            writer.write(KeyboardCodeDecoderTest.typed(InputEventDecoder.nativeRecordSize()));
                        }
                    }

                    @Override
                    public void close() {
                        scanner.close();
                    }
                };
            }
        };

        abstract Rig rig() throws Exception;
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void givenEitherDriver_whenACodeIsScanned_thenListenersAndNextCodeGetItAndCloseStopsIt(Driver driver)
            throws Exception {
        List<Object> heard = new CopyOnWriteArrayList<>();
        List<Object> removedHeard = new CopyOnWriteArrayList<>();
        DeviceListener<ScannedCode> removed = recorder(removedHeard);
        try (Rig rig = driver.rig()) {
            CodeScanner scanner = rig.scanner();
            scanner.addListener(recorder(heard));
            scanner.addListener(removed);
            scanner.removeListener(removed);
            scanner.start();
            scanner.start();
            Await.until("scanner online", () -> scanner.status().isOnline());
            var next = scanner.nextCode(Duration.ofSeconds(10));

            rig.scan();

            assertEquals(CODE, next.get(10, TimeUnit.SECONDS).text());
            Await.until("the listener heard the code", () -> heard.stream()
                    .anyMatch(e -> e instanceof ScannedCode code && code.text().equals(CODE)));
            scanner.close();
            assertEquals(StatusReason.STOPPED, scanner.status().reason());
            assertInstanceOf(DeviceStatus.class, heard.getLast(), "the stop is the last thing heard");
            assertEquals(StatusReason.STOPPED, ((DeviceStatus) heard.getLast()).reason());
            assertTrue(removedHeard.isEmpty(), "a removed listener hears nothing: " + removedHeard);
        }
    }

    @Test
    void givenAPort_whenTheDriverIsChosen_thenInputNodesAreKeyboardModeAndEverythingElseSerial() {
        try (CodeScanner keyboard = CodeScanner.forPort("/dev/input/event3", 9600, FAST);
             CodeScanner serial = CodeScanner.forPort("/dev/ttyACM0", 9600, FAST)) {
            assertInstanceOf(EvdevScanner.class, keyboard);
            assertInstanceOf(SerialScanner.class, serial);
        }
    }

    private static DeviceListener<ScannedCode> recorder(List<Object> heard) {
        return new DeviceListener<>() {
            @Override
            public void statusChanged(DeviceStatus status) {
                heard.add(status);
            }

            @Override
            public void event(ScannedCode code) {
                heard.add(code);
            }
        };
    }
}
