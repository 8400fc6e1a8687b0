package org.xiangli.provisioning.devices;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintedReceipt;
import org.xiangli.hal.printer.PrinterCondition;
import org.xiangli.hal.printer.VirtualPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl simulate printer}: an ESC/POS printer that saves each receipt as a PNG. */
@Command(name = "printer", mixinStandardHelpOptions = true,
        description = {"Simulate an ESC/POS receipt printer; each cut receipt is saved as a PNG.", "模拟凭条打印机。"})
final class SimulatePrinterCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, description = "port or pty to serve on")
    String port;

    @Option(names = "--baud", defaultValue = "9600", description = "baud rate (default ${DEFAULT-VALUE})")
    int baud;

    @Option(names = "--width", defaultValue = "58", description = "paper width in mm: 58 or 80 (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--out", defaultValue = "receipts", description = "directory for the PNGs (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--state", defaultValue = "ok",
            description = "what DLE EOT answers: ok, near-end, paper-out, cover-open, offline, error")
    String state;

    @Option(names = "--duration", defaultValue = "0", description = "seconds to run; 0 runs until stopped")
    int duration;

    @Override
    public Integer call() throws InterruptedException {
        PrinterCondition condition = condition(state);
        if (condition == null) {
            System.err.println("unknown --state " + state);
            return ExitCodes.DEVICE_PROBLEM;
        }
        PaperWidth paper;
        try {
            paper = PaperWidth.ofMillimetres(width);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return ExitCodes.DEVICE_PROBLEM;
        }
        try (VirtualPrinter printer = new VirtualPrinter(port, SerialLink.opener(port, baud), paper, Optional.of(out))) {
            printer.setCondition(condition);
            printer.addListener(new DeviceListener<>() {
                @Override
                public void event(PrintedReceipt receipt) {
                    System.out.println("凭条 / receipt " + receipt.number() + ": "
                            + receipt.png().map(Path::toString).orElse("(not saved)"));
                }
            });
            System.out.println("模拟打印机 / simulated " + width + " mm printer on " + port + ", state " + state
                    + ", receipts to " + out.toAbsolutePath());
            printer.start();
            SimulationTime.runFor(duration);
            printer.problems().forEach(problem -> System.out.println("未识别 / not understood: " + problem));
        }
        return ExitCodes.OK;
    }

    static PrinterCondition condition(String state) {
        return switch (state) {
            case "ok" -> PrinterCondition.READY;
            case "near-end" -> new PrinterCondition(false, false, false, false, false, true, false);
            case "paper-out" -> new PrinterCondition(true, false, false, true, false, false, true);
            case "cover-open" -> new PrinterCondition(true, true, false, false, false, false, false);
            case "offline" -> new PrinterCondition(true, false, false, false, false, false, false);
            case "error" -> new PrinterCondition(true, false, false, false, true, false, false);
            default -> null;
        };
    }
}
