package org.xiangli.provisioning.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl install [--root DIR]}: the kiosk user, directories and systemd units. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Create the xiangli user and the data/config/log directories, install and enable the "
            + "systemd units (kiosk, sync timer, screen schedule from the config). With --root, stage it all "
            + "into DIR instead of this system. Where the Debian package is installed its units are used as they "
            + "are: only the enabling links, the default target and the screen schedule are written.",
            "创建 xiangli 用户和数据/配置/日志目录，安装并启用 systemd 服务（终端、同步定时器、按配置开关屏幕）。"})
public final class InstallCommand implements Callable<Integer> {

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "/",
            description = "Install into this root instead of / (image building, tests).")
    Path root;

    @Option(names = "--keys-only",
            description = "Only create the payments data key when it is missing (the Debian package's postinst: "
                + "dpkg and deb-systemd-helper look after the user, directories and units).")
    boolean keysOnly;

    @Option(names = "--county-key", paramLabel = "FILE",
            description = "trust this county provisioning key (publisher.pub format) for zero-touch set-up; repeatable")
    List<Path> countyKeys = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        boolean live = root.toAbsolutePath().normalize().equals(Path.of("/"));
        if (live && !SystemCommands.runningAsRoot()) {
            System.err.println("需要 root 权限：请用 sudo kioskctl install / run as root: sudo kioskctl install");
            return 1;
        }
        if (keysOnly) {
            try {
                new Installer(root, new SystemCommands(), SystemCommands.runningAsRoot()).installKeys()
                        .forEach(step -> System.out.println("  " + step));
                return 0;
            } catch (IOException e) {
                System.err.println("无法创建密钥 / cannot create the payments data key: " + e.getMessage());
                return 1;
            }
        }
        Optional<KioskConfig> config;
        try {
            config = readConfig();
        } catch (ConfigException e) {
            System.err.println("配置文件有误 / the config has problems (screen schedule not installed):\n"
                    + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("无法读取配置 / cannot read the config: " + e.getMessage());
            return 1;
        }
        List<PublisherKey> county = new ArrayList<>();
        try {
            for (Path file : countyKeys) {
                county.add(PublisherKeyFiles.readPublic(file));
            }
        } catch (IOException e) {
            System.err.println("县级密钥无法读取 / cannot read the county key: " + e.getMessage());
            return 1;
        }
        try {
            Installer installer = new Installer(root, new SystemCommands(), SystemCommands.runningAsRoot());
            if (!county.isEmpty()) {
                System.out.println("  " + installer.trustCountyKeys(county));
            }
            for (String step : installer.install(config)) {
                System.out.println("  " + step);
            }
            System.out.println("安装完成 / installed into " + root
                    + (config.isEmpty() ? " (no config yet: run 'kioskctl init' or scan the provisioning QR)" : ""));
            return 0;
        } catch (IOException e) {
            System.err.println("安装失败 / install failed: " + e.getMessage());
            return 1;
        }
    }

    private Optional<KioskConfig> readConfig() throws ConfigException, IOException {
        Path file = root.resolve(InstallLayout.CONFIG_FILE.substring(1));
        return Files.isRegularFile(file) ? Optional.of(new ConfigLoader().load(file)) : Optional.empty();
    }
}
