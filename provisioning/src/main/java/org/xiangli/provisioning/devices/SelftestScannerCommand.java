package org.xiangli.provisioning.devices;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.scanner.CodeScanner;
import org.xiangli.hal.scanner.ScannedCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl selftest scanner}: prints the next code scanned, from a serial port or an input node. */
@Command(name = "scanner", mixinStandardHelpOptions = true,
        description = {"Print the next scanned code. PATH is a serial port (serial mode) or /dev/input/eventN "
            + "(keyboard mode).", "显示下一次扫码内容。"})
final class SelftestScannerCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, description = "/dev/ttyACM0 (serial mode) or /dev/input/eventN")
    String port;

    @Option(names = "--baud", defaultValue = "9600", description = "baud rate in serial mode (default ${DEFAULT-VALUE})")
    int baud;

    @Option(names = "--timeout", defaultValue = "10", description = "seconds to wait for a scan (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--json", description = "print {\"text\": ...}")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        System.err.println("请扫码 / scan a code (" + timeoutSeconds + " s)…");
        if (!port.startsWith(CodeScanner.INPUT_DEVICES)) {
            // A serial port that cannot be opened is reported at once, not after the whole wait.
            try (Link probe = SerialLink.opener(port, baud).open()) {
                probe.name();
            } catch (IOException e) {
                System.err.println("扫码器端口无法打开 / cannot open scanner port: " + e.getMessage());
                return ExitCodes.DEVICE_PROBLEM;
            }
        }
        try (CodeScanner scanner = CodeScanner.forPort(port, baud, Backoff.DEFAULT)) {
            CompletableFuture<ScannedCode> next = scanner.nextCode(timeout);
            scanner.start();
            return report(next, scanner::status);
        }
    }

    /** {@code --json}: the code's text. */
    record Scanned(String text) {
    }

    private int report(CompletableFuture<ScannedCode> next, Supplier<DeviceStatus> status)
            throws InterruptedException {
        try {
            ScannedCode code = next.get(timeoutSeconds + 5L, TimeUnit.SECONDS);
            System.out.println(json ? CommandJson.write(new Scanned(code.text())) : code.text());
            return ExitCodes.OK;
        } catch (ExecutionException | TimeoutException e) {
            if (!status.get().isOnline()) {
                System.err.println("扫码器异常 / scanner problem: " + status.get().describe());
                return ExitCodes.DEVICE_PROBLEM;
            }
            System.err.println("未扫到码 / nothing scanned within " + timeoutSeconds + " s");
            return ExitCodes.NOTHING_IN_TIME;
        }
    }
}
