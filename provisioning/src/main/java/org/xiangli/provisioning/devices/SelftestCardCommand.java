package org.xiangli.provisioning.devices;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.card.SamCardReader;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.SerialLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl selftest card}: waits for an ID card and prints it masked as the screens show it. */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = {"Wait for an ID card on the reader and print what it says (name and number masked).",
            "等待身份证并显示读取结果（姓名、号码已脱敏）。"})
final class SelftestCardCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, description = "serial port of the reader, e.g. /dev/ttyUSB0")
    String port;

    @Option(names = "--baud", defaultValue = "115200", description = "baud rate (default ${DEFAULT-VALUE})")
    int baud;

    @Option(names = "--timeout", defaultValue = "10", description = "seconds to wait for a card (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--json", description = "print the card as JSON")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        LinkOpener opener = SerialLink.opener(port, baud);
        try (Link probe = opener.open()) {
            // Only checks the port opens, so a wrong path fails now instead of after the whole timeout.
            probe.name();
        } catch (IOException e) {
            System.err.println("读卡器端口无法打开 / cannot open card reader port: " + e.getMessage());
            return ExitCodes.DEVICE_PROBLEM;
        }
        System.err.println("请将身份证放在感应区 / place an ID card on the reader (" + timeoutSeconds + " s)…");
        try (SamCardReader reader = new SamCardReader(port, opener, SamCardReader.Settings.DEFAULT, Clock.systemUTC())) {
            var next = reader.nextCard(Duration.ofSeconds(timeoutSeconds));
            reader.start();
            try {
                IdentityCard card = next.get(timeoutSeconds + 5L, TimeUnit.SECONDS);
                System.out.println(json ? CommandJson.write(MaskedCard.of(card)) : text(card));
                return ExitCodes.OK;
            } catch (ExecutionException | TimeoutException e) {
                DeviceStatus status = reader.status();
                if (!status.isOnline()) {
                    System.err.println("读卡器异常 / card reader problem: " + status.describe());
                    return ExitCodes.DEVICE_PROBLEM;
                }
                System.err.println("未检测到身份证 / no card read within " + timeoutSeconds + " s");
                return ExitCodes.NOTHING_IN_TIME;
            }
        }
    }

    /** {@code --json}: the card as the screens show it, name and number masked. */
    record MaskedCard(String name, String sex, String nation, String birthDate, String address, String idNumber,
                      String issuer, String validFrom, String validTo) {

        static MaskedCard of(IdentityCard card) {
            return new MaskedCard(card.maskedName(), card.sex().chinese(), card.nation().name(),
                    card.birthDate().toString(), card.address(), card.idNumber().masked(), card.issuer(),
                    card.validFrom().toString(), card.validUntilText());
        }
    }

    private static String text(IdentityCard card) {
        return String.join(System.lineSeparator(),
                "姓名 name:        " + card.maskedName(),
                "性别 sex:         " + card.sex().chinese(),
                "民族 nation:      " + card.nation().name(),
                "出生 birth date:  " + card.birthDate(),
                "住址 address:     " + card.address(),
                "公民身份号码 ID:  " + card.idNumber().masked(),
                "签发机关 issuer:  " + card.issuer(),
                "有效期限 valid:   " + card.validFrom() + " – " + card.validUntilText());
    }
}
