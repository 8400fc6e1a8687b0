package org.xiangli.provisioning.devices;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.xiangli.hal.scanner.InputDevices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl detect}: which serial port holds the card reader, which the printer, which input is a scanner. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Probe serial ports for an ID-card reader and an ESC/POS printer; list input devices that "
            + "look like scanners in keyboard mode.", "探测读卡器、打印机和扫码器。"})
public final class DetectCommand implements Callable<Integer> {

    @Option(names = "--ports", split = ",", description = "ports to probe (default: /dev/ttyUSB*, /dev/ttyACM*, /dev/serial0)")
    List<String> ports;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @Option(names = "--answer-timeout", defaultValue = "300", description = "milliseconds to wait for an answer (default ${DEFAULT-VALUE})")
    int answerMillis;

    /** {@code --json}: what answered on each port, and the input devices that may be scanners. */
    record Detected(List<PortProbe.Finding> ports, List<ScannerInput> inputDevices) {
    }

    /** An input device that looks like a scanner in keyboard mode: its event node and name. */
    record ScannerInput(String path, String name) {
    }

    @Override
    public Integer call() throws IOException {
        List<String> candidates = ports == null || ports.isEmpty() ? defaultPorts() : ports;
        PortProbe probe = new PortProbe(Duration.ofMillis(answerMillis));
        List<PortProbe.Finding> findings = candidates.stream().map(probe::probe).toList();
        List<InputDevices.InputDevice> inputs = InputDevices.list().stream()
                .filter(InputDevices.InputDevice::looksLikeScanner).toList();
        if (json) {
            System.out.println(CommandJson.write(new Detected(findings, inputs.stream()
                    .map(i -> new ScannerInput(i.eventNode(), i.name())).toList())));
        } else {
            if (findings.isEmpty()) {
                System.out.println("没有找到串口 / no serial ports found");
            }
            for (PortProbe.Finding finding : findings) {
                System.out.printf("%-24s %-12s %-7s %s%n", finding.port(), finding.device(),
                        finding.baud() == 0 ? "" : finding.baud(), finding.detail());
            }
            for (InputDevices.InputDevice input : inputs) {
                System.out.printf("%-24s %-12s %-7s %s%n", input.eventNode(), "keyboard", "",
                        "\"" + input.name() + "\" — a scanner in keyboard mode looks like this");
            }
        }
        return findings.stream().anyMatch(f -> !f.device().equals(PortProbe.SILENT)
                && !f.device().equals(PortProbe.UNAVAILABLE)) || !inputs.isEmpty() ? ExitCodes.OK
                : ExitCodes.NOTHING_IN_TIME;
    }

    private static List<String> defaultPorts() throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> dev = Files.newDirectoryStream(Path.of("/dev"), "{ttyUSB*,ttyACM*,serial0}")) {
            dev.forEach(path -> found.add(path.toString()));
        }
        found.sort(null);
        return found;
    }
}
