package org.xiangli.provisioning.tls;

import org.xiangli.kiosk.keys.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The staff console's key (EC P-256) and certificate, self-signed or signed by a county CA, for the names staff
 * phones use: the station's host name, {@code localhost} and its LAN addresses. Made with {@link Keytool} in a
 * private temporary folder that is removed afterwards.
 */
public final class StaffCertificates {

    /** 825 days: the longest a browser (Apple's) accepts for a server certificate from a locally trusted CA. */
    public static final int DEFAULT_DAYS = 825;

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9-]{1,63})*");
    private static final Pattern STATION = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** What the certificate names. */
    public record Request(String hostname, List<String> ips, String station, int days) {
        public Request {
            if (!HOST.matcher(hostname).matches()) {
                throw new IllegalArgumentException("not a host name: " + hostname);
            }
            for (String ip : ips) {
                try {
                    InetAddress.ofLiteral(ip);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("not an IP address: " + ip);
                }
            }
            if (!STATION.matcher(station).matches()) {
                station = "station";
            }
            if (days < 1) {
                throw new IllegalArgumentException("--days must be at least 1");
            }
            ips = List.copyOf(ips);
        }

        /** keytool's subject alternative names: the host, localhost, the addresses. */
        String subjectAlternativeNames() {
            Set<String> names = new LinkedHashSet<>();
            names.add("dns:" + hostname);
            names.add("dns:localhost");
            ips.forEach(ip -> names.add("ip:" + ip));
            return "SAN=" + String.join(",", names);
        }

        String distinguishedName() {
            return "CN=" + hostname + ", OU=" + station + ", O=Xiangli staff console";
        }
    }

    /** The key and its chain, leaf first (with a county CA, the CA's certificate follows). */
    public record Issued(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate leaf() {
            return chain.getFirst();
        }

        /** SHA-256 of the leaf, as browsers show it (upper-case hex pairs joined by ':'), as the kiosk logs it. */
        public String fingerprint() {
            try {
                return HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(leaf().getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A county CA: its certificate and key ({@link #of} checks them). */
    public record Authority(X509Certificate certificate, PrivateKey key) {
        /**
         * @throws GeneralSecurityException the certificate is not a CA's, is not valid now, or the key is not its key
         */
        public static Authority of(X509Certificate certificate, PrivateKey key) throws GeneralSecurityException {
            if (certificate.getBasicConstraints() < 0) {
                throw new GeneralSecurityException("the CA certificate is not a CA's (no basicConstraints CA:true): "
                        + certificate.getSubjectX500Principal());
            }
            certificate.checkValidity();
            if (!Pem.keyMatches(key, certificate)) {
                throw new GeneralSecurityException("the CA key is not the key of the CA certificate");
            }
            return new Authority(certificate, key);
        }
    }

    private final Keytool keytool;

    public StaffCertificates() {
        this(Keytool.ofRunningJvm());
    }

    StaffCertificates(Keytool keytool) {
        this.keytool = keytool;
    }

    public Issued selfSigned(Request request) throws IOException, GeneralSecurityException {
        return make(request, null);
    }

    public Issued signedBy(Request request, Authority ca) throws IOException, GeneralSecurityException {
        return make(request, ca);
    }

    private Issued make(Request request, Authority ca) throws IOException, GeneralSecurityException {
        Path work = Files.createTempDirectory("xiangli-tls",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        try {
            Path staff = work.resolve("staff.p12");
            List<String> extensions = List.of("-ext", request.subjectAlternativeNames(), "-ext", "KU=digitalSignature",
                    "-ext", "EKU=serverAuth");
            List<String> generate = new ArrayList<>(List.of("-genkeypair", "-noprompt", "-keystore", staff.toString(),
                    "-storetype", "PKCS12", "-alias", "staff", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-sigalg", "SHA256withECDSA", "-dname", request.distinguishedName(),
                    "-validity", String.valueOf(request.days())));
            generate.addAll(Keytool.storepass("-storepass"));
            generate.addAll(extensions);
            keytool.run(generate, password);
            KeyStore store = load(staff, password);
            PrivateKey key = (PrivateKey) store.getKey("staff", password.toCharArray());
            if (ca == null) {
                return new Issued(key, List.of((X509Certificate) store.getCertificate("staff")));
            }
            Path csr = work.resolve("staff.csr");
            List<String> request0 = new ArrayList<>(List.of("-certreq", "-keystore", staff.toString(), "-alias",
                    "staff", "-file", csr.toString()));
            request0.addAll(Keytool.storepass("-storepass"));
            keytool.run(request0, password);

            Path caStore = work.resolve("ca.p12");
            KeyStore caKeys = KeyStore.getInstance("PKCS12");
            caKeys.load(null, null);
            caKeys.setKeyEntry("ca", ca.key(), password.toCharArray(), new Certificate[] {ca.certificate()});
            try (OutputStream out = Files.newOutputStream(caStore)) {
                caKeys.store(out, password.toCharArray());
            }
            // Not past the CA's own end: a chain whose leaf outlives its issuer is refused by some clients.
            long caDays = Duration.between(Instant.now(), ca.certificate().getNotAfter().toInstant()).toDays();
            int days = (int) Math.max(1, Math.min(request.days(), caDays));
            Path crt = work.resolve("staff.crt");
            List<String> sign = new ArrayList<>(List.of("-gencert", "-keystore", caStore.toString(), "-alias", "ca",
                    "-infile", csr.toString(), "-outfile", crt.toString(), "-rfc", "-validity",
                    String.valueOf(days)));
            sign.addAll(Keytool.storepass("-storepass"));
            sign.addAll(extensions);
            keytool.run(sign, password);
            X509Certificate leaf = Pem.parseCertificates(Files.readString(crt, StandardCharsets.US_ASCII)).getFirst();
            return new Issued(key, List.of(leaf, ca.certificate()));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static KeyStore load(Path file, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

}
