package org.xiangli.provisioning.devices;

import picocli.CommandLine.Command;

/** {@code kioskctl simulate card|printer|scanner}: run a simulated device on a port, for training and tests. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a simulated device on a serial port or pty (e.g. one end of a socat pair).",
            "在串口上运行模拟设备（培训、演示、测试）。"},
        subcommands = {SimulateCardCommand.class, SimulatePrinterCommand.class, SimulateScannerCommand.class})
public final class SimulateCommand {
}
