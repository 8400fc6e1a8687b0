package org.xiangli.provisioning.devices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiangli.hal.printer.PrinterAddress;
import org.xiangli.kiosk.config.KioskConfig;

/**
 * A device the config names, with the {@code kioskctl selftest} arguments that try it. {@code all} and
 * {@code diag} both walk this list, so they agree on what "every configured device" means.
 */
public record ConfiguredDevice(String kind, String port, List<String> selftestArgs) {

    public static List<ConfiguredDevice> of(KioskConfig config) {
        List<ConfiguredDevice> devices = new ArrayList<>();
        if (config.devices().mode() == KioskConfig.DeviceMode.SIMULATED) {
            return devices;
        }
        KioskConfig.Devices d = config.devices();
        devices.add(new ConfiguredDevice("card", d.cardReaderPort(), List.of("selftest", "card", "--port",
                d.cardReaderPort(), "--baud", Integer.toString(d.cardReaderBaud()))));
        devices.add(new ConfiguredDevice("scanner", d.scannerPort(), List.of("selftest", "scanner", "--port",
                d.scannerPort())));
        List<String> printerPort = switch (d.printer()) {
            case PrinterAddress.None none -> List.of();
            case PrinterAddress.Serial serial -> List.of(serial.path(), "--baud", Integer.toString(serial.baud()));
            case PrinterAddress.Usb usb -> List.of(usb.path());
            // selftest's --port takes tcp:HOST:PORT as written; its node status is "network".
            case PrinterAddress.Tcp tcp -> List.of(tcp.text());
        };
        if (!printerPort.isEmpty()) {
            List<String> args = new ArrayList<>(List.of("selftest", "printer", "--width",
                    Integer.toString(d.paperWidthMm()), "--port"));
            args.addAll(printerPort);
            devices.add(new ConfiguredDevice("printer", printerPort.getFirst(), List.copyOf(args)));
        }
        return devices;
    }

    /** What can be seen without talking to the device: is the node there, may this user open it. */
    public String nodeStatus() {
        if (!port.startsWith("/")) {
            return "network";
        }
        Path node = Path.of(port);
        if (!Files.exists(node)) {
            return "missing";
        }
        return Files.isReadable(node) && Files.isWritable(node) ? "present" : "present, no permission";
    }
}
