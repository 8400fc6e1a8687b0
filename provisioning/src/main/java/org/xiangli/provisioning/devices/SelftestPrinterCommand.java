package org.xiangli.provisioning.devices;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkAddress;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.printer.Align;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.PrinterNotReadyException;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.hal.printer.TextSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl selftest printer}: prints a test receipt and reports the printer's status. */
@Command(name = "printer", mixinStandardHelpOptions = true,
        description = {"Print a test receipt (Chinese text, a QR code, a cut) and report the printer status.",
            "打印测试凭条（中文、二维码、切纸）并报告打印机状态。"})
final class SelftestPrinterCommand implements Callable<Integer> {

    @Option(names = "--port", required = true,
            description = "serial port, /dev/usb/lpN, or tcp:HOST:PORT for a network printer")
    String port;

    @Option(names = "--baud", defaultValue = "9600", description = "baud rate of a serial printer (default ${DEFAULT-VALUE})")
    int baud;

    @Option(names = "--width", defaultValue = "58", description = "paper width in mm: 58 or 80 (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--timeout", defaultValue = "30", description = "seconds for the whole job (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PaperWidth paper;
        try {
            paper = PaperWidth.ofMillimetres(width);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return ExitCodes.DEVICE_PROBLEM;
        }
        LinkOpener opener = LinkAddress.opener(port, baud);
        try (Link probe = opener.open()) {
            probe.name();
        } catch (IOException e) {
            System.err.println("打印机端口无法打开 / cannot open printer port: " + e.getMessage());
            return ExitCodes.DEVICE_PROBLEM;
        }
        try (ReceiptPrinter printer = new ReceiptPrinter(port, opener, paper, ReceiptPrinter.Settings.DEFAULT)) {
            printer.start();
            try {
                PrintResult result = printer.print(testReceipt(paper), Duration.ofSeconds(timeoutSeconds))
                        .get(timeoutSeconds + 5L, TimeUnit.SECONDS);
                if (!result.complete()) {
                    System.err.println(result.statusAfter().reason().chinese() + " / receipt may be incomplete: "
                            + result.statusAfter().describe());
                    return ExitCodes.DEVICE_PROBLEM;
                }
                System.out.println("打印完成 / printed " + result.bytesSent() + " bytes; " + result.statusAfter().describe());
                return ExitCodes.OK;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof PrinterNotReadyException notReady) {
                    System.err.println(notReady.getMessage());
                } else {
                    System.err.println("打印失败 / print failed: " + e.getCause());
                }
                return ExitCodes.DEVICE_PROBLEM;
            } catch (TimeoutException e) {
                System.err.println("打印超时 / print timed out; printer status: " + printer.status().describe());
                return ExitCodes.DEVICE_PROBLEM;
            }
        }
    }

    static Receipt testReceipt(PaperWidth paper) {
        String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return Receipt.builder()
                .title("打印测试")
                .text("乡里 · 社区信息服务自助终端", TextSize.NORMAL, false, Align.CENTER)
                .separator('=')
                .keyValue("纸宽 paper", paper == PaperWidth.MM58 ? "58 mm" : "80 mm")
                .keyValue("时间 time", now)
                .keyValue("主机 host", hostName())
                .separator()
                .text("中文 GB18030：欢迎使用乡里自助终端。", TextSize.NORMAL, false, Align.LEFT)
                .text("加粗 bold", TextSize.NORMAL, true, Align.LEFT)
                .text("倍高倍宽 large", TextSize.LARGE, false, Align.RIGHT)
                .qr("乡里 打印测试 " + now, Math.min(paper.dots(), 240))
                .text("扫码应显示“乡里 打印测试”", TextSize.NORMAL, false, Align.CENTER)
                .cut()
                .build();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
