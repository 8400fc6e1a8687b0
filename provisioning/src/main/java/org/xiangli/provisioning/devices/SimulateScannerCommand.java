package org.xiangli.provisioning.devices;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.scanner.VirtualScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl simulate scanner}: sends the configured codes as a serial-mode scanner would. */
@Command(name = "scanner", mixinStandardHelpOptions = true,
        description = {"Simulate a serial-mode QR scanner sending the given codes.", "模拟扫码器。"})
final class SimulateScannerCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, description = "port or pty to serve on")
    String port;

    @Option(names = "--baud", defaultValue = "9600", description = "baud rate (default ${DEFAULT-VALUE})")
    int baud;

    @Option(names = "--code", description = "a code to send (repeatable); default: a demo bill QR")
    List<String> codes;

    @Option(names = "--interval", defaultValue = "2", description = "seconds between codes (default ${DEFAULT-VALUE})")
    int interval;

    @Option(names = "--suffix", defaultValue = "CRLF", description = "CR, LF or CRLF (default ${DEFAULT-VALUE})")
    String suffix;

    @Option(names = "--charset", defaultValue = "UTF-8", description = "UTF-8 or GB18030 (default ${DEFAULT-VALUE})")
    String charset;

    @Option(names = "--repeat", description = "keep sending the codes in a loop until stopped")
    boolean repeat;

    @Override
    public Integer call() throws InterruptedException {
        VirtualScanner.Suffix lineEnd;
        try {
            lineEnd = VirtualScanner.Suffix.valueOf(suffix.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("unknown --suffix " + suffix);
            return ExitCodes.DEVICE_PROBLEM;
        }
        List<String> toSend = codes == null || codes.isEmpty()
                ? List.of("https://xiangli.example/bill?户号=青石村-0042&类型=水费") : codes;
        try (VirtualScanner scanner = new VirtualScanner(port, SerialLink.opener(port, baud), lineEnd,
                Charset.forName(charset))) {
            scanner.start();
            System.out.println("模拟扫码器 / simulated scanner on " + port);
            do {
                for (String code : toSend) {
                    TimeUnit.SECONDS.sleep(interval);
                    scanner.scan(code);
                    System.out.println("扫码 / scanned: " + code);
                }
            } while (repeat);
            // Give the last code time to leave before the port closes.
            SimulationTime.runFor(1);
        }
        return ExitCodes.OK;
    }
}
