package org.xiangli.hal.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.testing.Await;
import org.xiangli.hal.testing.Ptys;

class SerialScannerOverPtyTest {

    private static final Backoff FAST = new Backoff(Duration.ofMillis(20), Duration.ofMillis(200));

    private Path directory;
    private PtyPair pty;
    private VirtualScanner device;
    private SerialScanner scanner;

    private void connect(VirtualScanner.Suffix suffix, Charset charset) throws Exception {
        directory = Ptys.directory();
        pty = Ptys.open(directory);
        device = new VirtualScanner("test", SerialLink.opener(pty.deviceEnd().toString(), 9600), suffix, charset);
        device.start();
        scanner = new SerialScanner("test", SerialLink.opener(pty.driverEnd().toString(), 9600), FAST);
        scanner.start();
        Await.until("scanner online", () -> scanner.status().isOnline());
    }

    @AfterEach
    void disconnect() {
        scanner.close();
        device.close();
        pty.close();
    }

    @ParameterizedTest
    @EnumSource(VirtualScanner.Suffix.class)
    void givenEachSuffix_whenAChineseCodeIsScanned_thenTheDriverDeliversItWhole(VirtualScanner.Suffix suffix)
            throws Exception {
        connect(suffix, StandardCharsets.UTF_8);
        var next = scanner.nextCode(Duration.ofSeconds(10));

        device.scan("https://xiangli.example/bill?户号=青石村-0042");

        assertEquals("https://xiangli.example/bill?户号=青石村-0042", next.get(10, TimeUnit.SECONDS).text());
    }

    @Test
    void givenAGb18030Scanner_whenAChineseCodeIsScanned_thenItIsDecodedByFallback() throws Exception {
        connect(VirtualScanner.Suffix.CR, Charset.forName("GB18030"));
        var next = scanner.nextCode(Duration.ofSeconds(10));

        device.scan("青石村水费2026");

        assertEquals(new ScannedCode("青石村水费2026", "GB18030"), next.get(10, TimeUnit.SECONDS));
    }

    @Test
    void givenNothingScanned_whenWaitingWithATimeout_thenTheFutureFailsWithTimeout() throws Exception {
        connect(VirtualScanner.Suffix.CR, StandardCharsets.UTF_8);

        var e = assertThrows(ExecutionException.class,
                () -> scanner.nextCode(Duration.ofMillis(100)).get(10, TimeUnit.SECONDS));

        assertInstanceOf(TimeoutException.class, e.getCause());
    }

    @Test
    void givenThePtyClosedAndReopened_whenACodeIsScanned_thenTheScannerReconnectedAndDeliversIt() throws Exception {
        connect(VirtualScanner.Suffix.CRLF, StandardCharsets.UTF_8);

        pty.close();
        Await.until("offline after unplug", () -> scanner.status().state() == DeviceState.OFFLINE);
        pty = Ptys.open(directory);
        Await.until("online after replug", () -> scanner.status().isOnline());
        var next = scanner.nextCode(Duration.ofSeconds(10));
        device.scan("A0042");

        assertEquals("A0042", next.get(10, TimeUnit.SECONDS).text());
    }
}
