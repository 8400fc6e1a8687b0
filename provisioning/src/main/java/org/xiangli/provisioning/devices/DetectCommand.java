package org.xiangli.provisioning.devices;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Override
    public Integer call() throws IOException {
        List<String> candidates = ports == null || ports.isEmpty() ? defaultPorts() : ports;
        PortProbe probe = new PortProbe(Duration.ofMillis(answerMillis));
        List<PortProbe.Finding> findings = candidates.stream().map(probe::probe).toList();
        List<InputDevices.InputDevice> inputs = InputDevices.list().stream()
                .filter(InputDevices.InputDevice::looksLikeScanner).toList();
        if (json) {
            List<Map<String, Object>> portList = new ArrayList<>();
            for (PortProbe.Finding finding : findings) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("port", finding.port());
                entry.put("device", finding.device());
                entry.put("baud", finding.baud());
                entry.put("detail", finding.detail());
                portList.add(entry);
            }
            List<Map<String, Object>> inputList = new ArrayList<>();
            for (InputDevices.InputDevice input : inputs) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("path", input.eventNode());
                entry.put("name", input.name());
                inputList.add(entry);
            }
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("ports", portList);
            all.put("inputDevices", inputList);
            System.out.println(Json.object(all));
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
