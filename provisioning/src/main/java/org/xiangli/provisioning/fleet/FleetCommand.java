package org.xiangli.provisioning.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigEditor;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.provisioning.install.InstallLayout;
import org.xiangli.provisioning.store.FileOwners;
import org.xiangli.provisioning.store.NoFollowFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl fleet}: joining the county hub. */
@Command(name = "fleet", mixinStandardHelpOptions = true, subcommands = FleetCommand.Join.class,
        description = {"The county hub (fleet over MQTT).", "县级平台（设备联网管理）。"})
public final class FleetCommand {

    /** A credential file is a few lines; anything larger is not one. */
    private static final long CREDENTIAL_MAX = 4096;

    private FleetCommand() {
    }

    /** {@code kioskctl fleet join}. */
    @Command(name = "join", mixinStandardHelpOptions = true,
            description = {"Install the broker credential 'county.jar register' issued for this station (640, root and "
                + "the kiosk's group) and set [fleet] broker_url and county in the config; then restart the kiosk.",
                "安装县级平台为本站签发的联网凭据，并写入配置中的 [fleet]。"})
    static final class Join implements Callable<Integer> {

        @Option(names = "--credential", paramLabel = "FILE", required = true,
                description = "the credential file from the county hub (e.g. on a USB stick)")
        Path credential;

        @Option(names = "--config", paramLabel = "FILE", defaultValue = InstallLayout.CONFIG_FILE,
                description = "kiosk config (default ${DEFAULT-VALUE})")
        Path config;

        @Option(names = "--broker-url", paramLabel = "URL",
                description = "the county's broker (default: the broker_url line of the credential file)")
        String brokerUrl;

        @Option(names = "--county", paramLabel = "ID",
                description = "the county's id (default: the county line of the credential file)")
        String county;

        @Override
        public Integer call() {
            KioskConfig kiosk;
            try {
                kiosk = new ConfigLoader().load(config);
            } catch (IOException e) {
                System.err.println("无法读取配置 / cannot read the config " + config + ": " + e.getMessage()
                        + " (run kioskctl init first)");
                return 1;
            } catch (ConfigException e) {
                System.err.println("配置文件有误 / the config cannot be read:\n" + e.getMessage());
                return 1;
            }
            FleetCredential.Enrolment enrolment;
            String text;
            try {
                if (!NoFollowFiles.isPlainFile(credential)) {
                    System.err.println("找不到凭据文件 / no credential file at " + credential);
                    return 2;
                }
                text = NoFollowFiles.readText(credential, CREDENTIAL_MAX);
                enrolment = FleetCredential.parse(text, credential.toString());
            } catch (IOException e) {
                System.err.println("凭据文件无效 / " + e.getMessage());
                return 2;
            }
            String station = kiosk.station().code();
            if (!enrolment.credential().user().equals(station)) {
                System.err.println("凭据不属于本站 / the credential is for station " + enrolment.credential().user()
                        + ", this kiosk is " + station + ": nothing changed");
                return 2;
            }
            String url = brokerUrl != null ? brokerUrl : enrolment.brokerUrl().orElse(null);
            String countyId = county != null ? county : enrolment.county().orElse(null);
            if (url == null || countyId == null) {
                System.err.println("缺少县级平台地址或县代码 / the credential file does not say "
                        + (url == null ? "the broker (give --broker-url)" : "the county (give --county)")
                        + ": nothing changed");
                return 2;
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("fleet.broker_url", url);
            values.put("fleet.county", countyId);
            try {
                // Checked before anything is written: a refused value leaves both files as they were.
                Path target = ConfigEditor.check(config, values).fleet().orElseThrow().credentialFile();
                NoFollowFiles.write(target, text, "rw-r-----");
                toKioskGroup(target);
                ConfigEditor.setAtDevice(config, values);
                System.out.println("凭据 / credential: " + target + " (640, group " + InstallLayout.USER + ")");
            } catch (ConfigEditor.Refused e) {
                System.err.println("配置未修改 / the config is unchanged: " + e.getMessage());
                return 2;
            } catch (IOException e) {
                System.err.println("无法写入 / cannot write: " + e.getMessage());
                return 1;
            }
            System.out.println("配置 / config: " + config + ": [fleet] broker_url = " + url + ", county = " + countyId);
            System.out.println("重启终端后生效 / restart the kiosk: systemctl restart xiangli-kiosk");
            return 0;
        }

        /**
         * The kiosk runs as its own user and reads the credential through its group; root keeps the file. Not root
         * (a test, a trial in a home directory): the file stays the caller's.
         */
        private static void toKioskGroup(Path file) throws IOException {
            if (!FileOwners.system().isRoot()) {
                return;
            }
            try {
                GroupPrincipal group = file.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByGroupName(InstallLayout.USER);
                Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setGroup(group);
            } catch (UserPrincipalNotFoundException e) {
                // As kioskctl tls does: the file is written, and the technician learns why the kiosk cannot read it.
                System.out.println("note: there is no group " + InstallLayout.USER + " (is the package installed?); "
                        + file + " stays root's and the kiosk cannot read it until chgrp " + InstallLayout.USER);
            }
        }
    }
}
