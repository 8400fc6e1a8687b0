package org.xiangli.provisioning.enroll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.provisioning.qr.QrImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl enroll}: the device's identity and payments data key, and the code the county records. */
@Command(name = "enroll", mixinStandardHelpOptions = true,
        description = {"Create this device's Ed25519 identity and payments data key (root-only files) and print "
            + "the enrollment code and QR for the county's records.",
            "生成本机身份密钥和缴费数据密钥（仅 root 可读），并显示供县里登记的注册码和二维码。"})
public final class EnrollCommand implements Callable<Integer> {

    @Option(names = "--keys-dir", paramLabel = "DIR", defaultValue = "/etc/xiangli/keys",
            description = "where the keys are written (default ${DEFAULT-VALUE})")
    Path keysDir;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/xiangli/kiosk.toml",
            description = "kiosk config, for the station code (default ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--qr", paramLabel = "PNG", description = "also write the enrollment QR as a PNG label")
    Path qrFile;

    @Option(names = "--force", description = "replace an existing identity (the county must re-register it)")
    boolean force;

    @Override
    public Integer call() {
        String station;
        try {
            station = Files.isRegularFile(config) ? new ConfigLoader().load(config).station().code() : "UNCONFIGURED";
        } catch (ConfigException | IOException e) {
            System.err.println("配置文件有误 / the config cannot be read:\n" + e.getMessage());
            return 1;
        }
        PublisherKey identity;
        try {
            identity = DeviceIdentity.create(keysDir, force);
        } catch (IOException e) {
            System.err.println("未生成密钥 / keys not created: " + e.getMessage());
            return 1;
        }
        EnrollmentCode code = EnrollmentCode.of(station, identity);
        System.out.println("设备已注册 / device enrolled. Keys in " + keysDir + " (root only).");
        System.out.println("缴费数据密钥 / payments data key: " + keysDir.resolve(DeviceIdentity.PAYMENTS_KEY_FILE)
                + " (600; the kiosk gets it as the systemd credential payments.key)");
        System.out.println("注册码 / enrollment code: " + code.shortCode());
        System.out.println("站点 / station: " + station);
        System.out.println("设备公钥 / device key: " + identity.encoded());
        System.out.print(QrImages.terminal(code.qrText()));
        if (qrFile != null) {
            try {
                QrImages.writePng(code.qrText(), 400, qrFile);
                System.out.println("二维码已保存 / QR written to " + qrFile);
            } catch (IOException e) {
                System.err.println("无法保存二维码 / cannot write " + qrFile + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }
}
