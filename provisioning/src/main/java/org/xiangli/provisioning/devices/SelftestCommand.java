package org.xiangli.provisioning.devices;

import picocli.CommandLine.Command;

/** {@code kioskctl selftest card|printer|scanner}: try one device and say plainly whether it works. */
@Command(name = "selftest", mixinStandardHelpOptions = true,
        description = {"Test one device: read a card, print a test receipt, or read a scan.",
            "设备自检：读身份证、打印测试凭条或扫码。"},
        subcommands = {SelftestCardCommand.class, SelftestPrinterCommand.class, SelftestScannerCommand.class,
            SelftestAllCommand.class})
public final class SelftestCommand {
}
