package org.xiangli.provisioning.tls;

import org.xiangli.kiosk.keys.Pem;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.provisioning.install.InstallLayout;
import org.xiangli.provisioning.qr.QrImages;
import org.xiangli.provisioning.store.FileOwners;
import org.xiangli.provisioning.store.NoFollowFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl tls}: the staff console's HTTPS key and certificate. */
@Command(name = "tls", mixinStandardHelpOptions = true, subcommands = TlsCommand.Create.class,
        description = {"The staff console's HTTPS key and certificate.", "员工控制台的 HTTPS 密钥和证书。"})
public final class TlsCommand {

    static final Path DEFAULT_DIR = Path.of("/etc/xiangli/tls");
    private static final long CONFIG_MAX = 1 << 20;

    /** {@code kioskctl tls create}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Make a key and certificate for the staff console (self-signed, or signed by the county CA "
                + "with --ca-cert/--ca-key), write them where staff.tls_cert/staff.tls_key point (default "
                + "/etc/xiangli/tls/), and print the certificate's SHA-256 fingerprint and a QR of the console's "
                + "https address for staff phones.",
                "为员工控制台生成密钥和证书（自签名，或用 --ca-cert/--ca-key 由县级 CA 签发），显示指纹和供员工手机扫描的二维码。"})
    static final class Create implements Callable<Integer> {

        @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/xiangli/kiosk.toml",
                description = "kiosk config: station code, staff.tls_cert/tls_key, staff.https_port "
                    + "(default ${DEFAULT-VALUE})")
        Path config;

        @Option(names = "--cert", paramLabel = "FILE",
                description = "certificate (PEM) to write; default staff.tls_cert, else /etc/xiangli/tls/staff-cert.pem")
        Path certificate;

        @Option(names = "--key", paramLabel = "FILE",
                description = "private key (PEM, PKCS#8) to write; default staff.tls_key, else "
                    + "/etc/xiangli/tls/staff-key.pem")
        Path key;

        @Option(names = "--hostname", paramLabel = "NAME",
                description = "the station's host name in the certificate (default: this machine's)")
        String hostname;

        @Option(names = "--ip", paramLabel = "ADDRESS",
                description = "an IP address staff open the console by (repeat for several); the first is in the QR")
        List<String> ips = new ArrayList<>();

        @Option(names = "--days", paramLabel = "N", defaultValue = "" + StaffCertificates.DEFAULT_DAYS,
                description = "validity in days (default ${DEFAULT-VALUE})")
        int days;

        @Option(names = "--ca-cert", paramLabel = "FILE", defaultValue = "${env:XIANGLI_TLS_CA_CERT}",
                description = "county CA certificate (PEM); default $XIANGLI_TLS_CA_CERT")
        Path caCertificate;

        @Option(names = "--ca-key", paramLabel = "FILE", defaultValue = "${env:XIANGLI_TLS_CA_KEY}",
                description = "county CA private key (PEM, PKCS#8); default $XIANGLI_TLS_CA_KEY")
        Path caKey;

        @Option(names = "--set-config", description = "also set staff.tls_cert and staff.tls_key in the config")
        boolean setConfig;

        @Option(names = "--force", description = "replace an existing key (staff phones must accept the new one)")
        boolean force;

        @Override
        public Integer call() {
            KioskConfig kiosk;
            try {
                kiosk = Files.exists(config) ? new ConfigLoader().load(config) : ConfigLoader.defaults();
            } catch (ConfigException | IOException e) {
                System.err.println("配置文件有误 / the config cannot be read:\n" + e.getMessage());
                return 1;
            }
            KioskConfig.Staff staff = kiosk.staff();
            Path certFile = certificate != null ? certificate : !staff.tlsCert().isEmpty()
                    ? Path.of(staff.tlsCert()) : DEFAULT_DIR.resolve("staff-cert.pem");
            Path keyFile = key != null ? key : !staff.tlsKey().isEmpty()
                    ? Path.of(staff.tlsKey()) : DEFAULT_DIR.resolve("staff-key.pem");
            if (Files.exists(keyFile, LinkOption.NOFOLLOW_LINKS) && !force) {
                System.err.println("已有密钥 / " + keyFile + " exists: add --force to replace it (staff phones will "
                        + "then see a new fingerprint)");
                return 1;
            }
            if ((caCertificate == null) != (caKey == null)) {
                System.err.println("--ca-cert 和 --ca-key 须同时给出 / give --ca-cert and --ca-key together");
                return 2;
            }
            StaffCertificates.Issued issued;
            try {
                StaffCertificates.Request request = new StaffCertificates.Request(
                        hostname != null ? hostname : thisHost(), ips, kiosk.station().code(), days);
                StaffCertificates maker = new StaffCertificates();
                issued = caCertificate == null ? maker.selfSigned(request)
                        : maker.signedBy(request, authority(caCertificate, caKey));
            } catch (IllegalArgumentException e) {
                System.err.println("参数有误 / " + e.getMessage());
                return 2;
            } catch (IOException | GeneralSecurityException e) {
                System.err.println("未生成证书 / certificate not made: " + e.getMessage());
                return 1;
            }
            try {
                new StaffTlsFiles(FileOwners.system(), InstallLayout.USER, System.out).write(certFile, keyFile,
                        issued);
            } catch (IOException e) {
                System.err.println("无法写入 / cannot write the files: " + e.getMessage());
                return 1;
            }
            System.out.println("证书 / certificate: " + certFile + (issued.chain().size() > 1
                    ? " (signed by " + issued.chain().get(1).getSubjectX500Principal().getName() + ")"
                    : " (self-signed)"));
            System.out.println("密钥 / key: " + keyFile + " (600, for user " + InstallLayout.USER + ")");
            System.out.println("名称 / names: " + issued.leaf().getSubjectX500Principal().getName() + "; "
                    + String.join(", ", names(issued.leaf())));
            System.out.println("有效期至 / valid until: " + issued.leaf().getNotAfter().toInstant());
            System.out.println("SHA-256 指纹 / fingerprint: " + issued.fingerprint());
            if (setConfig) {
                try {
                    String text = Files.exists(config) ? NoFollowFiles.readText(config, CONFIG_MAX) : "";
                    String edited = StaffConfigEdit.set(text, certFile.toAbsolutePath().toString(),
                            keyFile.toAbsolutePath().toString());
                    new ConfigLoader().parse(edited, config.toString());
                    NoFollowFiles.write(config, edited, "rw-r-----");
                    System.out.println("已写入配置 / " + config + ": staff.tls_cert and staff.tls_key set; restart "
                            + "the kiosk (systemctl restart xiangli-kiosk)");
                } catch (IOException | ConfigException e) {
                    System.err.println("配置未修改 / the config is unchanged: " + e.getMessage());
                    return 1;
                }
            } else if (!certFile.toString().equals(staff.tlsCert()) || !keyFile.toString().equals(staff.tlsKey())) {
                System.out.println("to use them: kioskctl tls create --set-config, or in kiosk.toml [staff]: "
                        + "tls_cert = \"" + certFile + "\", tls_key = \"" + keyFile + "\"");
            }
            String url = "https://" + (ips.isEmpty() ? issued.leaf().getSubjectX500Principal().getName()
                    .replaceFirst("^CN=([^,]+).*$", "$1") : bracketed(ips.getFirst()))
                    + (staff.httpsPort() == 443 ? "" : ":" + staff.httpsPort()) + "/";
            System.out.println("员工手机扫码打开 / staff phones open: " + url
                    + " (check that the fingerprint shown matches)");
            System.out.print(QrImages.terminal(url));
            return 0;
        }

        private static StaffCertificates.Authority authority(Path cert, Path key)
                throws IOException, GeneralSecurityException {
            List<X509Certificate> chain = Pem.parseCertificates(NoFollowFiles.readText(cert, CONFIG_MAX));
            PrivateKey privateKey = Pem.parsePrivateKey(NoFollowFiles.readText(key, CONFIG_MAX));
            return StaffCertificates.Authority.of(chain.getFirst(), privateKey);
        }

        private static String thisHost() throws IOException {
            Path etc = Path.of("/etc/hostname");
            if (Files.isRegularFile(etc)) {
                String name = Files.readString(etc).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return InetAddress.getLocalHost().getHostName();
        }

        private static String bracketed(String ip) {
            return ip.contains(":") ? "[" + ip + "]" : ip;
        }

        private static List<String> names(X509Certificate leaf) {
            try {
                List<String> out = new ArrayList<>();
                for (List<?> name : leaf.getSubjectAlternativeNames()) {
                    out.add((((Integer) name.get(0)) == 2 ? "DNS:" : "IP:") + name.get(1));
                }
                return out;
            } catch (java.security.cert.CertificateParsingException e) {
                return List.of();
            }
        }
    }
}
