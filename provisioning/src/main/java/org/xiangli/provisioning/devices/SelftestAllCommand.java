package org.xiangli.provisioning.devices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.provisioning.KioskCtl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl selftest all}: every configured device's self-test, one row each. */
@Command(name = "all", mixinStandardHelpOptions = true,
        description = {"Run the self-test of every device in the config (prints a test receipt) and print a table.",
            "按配置逐一自检所有设备（会打印测试凭条），并列表显示结果。"})
final class SelftestAllCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/xiangli/kiosk.toml",
            description = "kiosk config (default ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--timeout", defaultValue = "5",
            description = "seconds to wait for a card or a scan per device (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    record Row(String kind, String port, int exitCode, String detail) {
    }

    @Override
    public Integer call() {
        KioskConfig loaded;
        try {
            loaded = new ConfigLoader().load(config);
        } catch (ConfigException | IOException e) {
            System.err.println("配置无法读取 / cannot read the config: " + e.getMessage());
            return ExitCodes.DEVICE_PROBLEM;
        }
        List<ConfiguredDevice> devices = ConfiguredDevice.of(loaded);
        List<Row> rows = new ArrayList<>();
        if (devices.isEmpty()) {
            System.out.println("模拟设备模式，只检查语音 / devices.mode is simulated: only the voice is tested");
        }
        for (ConfiguredDevice device : devices) {
            List<String> args = new ArrayList<>(device.selftestArgs());
            if (!device.kind().equals("printer")) {
                args.addAll(List.of("--timeout", Integer.toString(timeoutSeconds)));
            }
            rows.add(run(device, args));
        }
        rows.add(voice());
        System.out.printf("%-8s %-22s %-28s %s%n", "设备", "端口 port", "结果 result", "详情 detail");
        for (Row row : rows) {
            System.out.printf("%-8s %-22s %-28s %s%n", row.kind(), row.port(), verdict(row.exitCode()), row.detail());
        }
        return rows.stream().anyMatch(r -> r.exitCode() == ExitCodes.DEVICE_PROBLEM)
                ? ExitCodes.DEVICE_PROBLEM : ExitCodes.OK;
    }

    /**
     * Runs one device's own self-test in-process. Its chatter goes to a buffer, not the screen: the table is the
     * output, and the last line the test printed is the row's detail.
     */
    private static Row run(ConfiguredDevice device, List<String> args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int code;
        System.setOut(capture);
        System.setErr(capture);
        try {
            code = KioskCtl.run(args.toArray(String[]::new));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        return new Row(device.kind(), device.port(), code, lines.isEmpty() ? "" : lines.getLast().strip());
    }

    /** The read-aloud voice (espeak-ng): the kiosk reports it missing as a device fault, so the test does too. */
    static Row voice() {
        DeviceStatus status = Speech.statusOnPath();
        return new Row("voice", "espeak-ng", status.isOnline() ? ExitCodes.OK : ExitCodes.DEVICE_PROBLEM,
                status.isOnline() ? "语音可用 voice ready" : status.reason().chinese() + " / " + status.detail());
    }

    private static String verdict(int exitCode) {
        return switch (exitCode) {
            case ExitCodes.OK -> "正常 OK";
            case ExitCodes.NOTHING_IN_TIME -> "在线，无操作 online, nothing read";
            default -> "故障 PROBLEM";
        };
    }
}
