package org.xiangli.provisioning.tls;

import org.xiangli.kiosk.keys.Pem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.provisioning.KioskCtl;
import org.xiangli.provisioning.Output;

class TlsCreateCommandTest {

    @TempDir
    Path dir;

    private Path config() throws Exception {
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "# the station\n[station]\ncode = \"360121-007\"\n");
        return config;
    }

    private Output create(Path config, String... more) {
        List<String> args = new ArrayList<>(List.of("tls", "create", "--config", config.toString(), "--cert",
                dir.resolve("tls/cert.pem").toString(), "--key", dir.resolve("tls/key.pem").toString(),
                "--hostname", "qingshi-station", "--ip", "127.0.0.1", "--ip", "192.168.1.20"));
        args.addAll(List.of(more));
        return Output.run(() -> KioskCtl.run(args.toArray(String[]::new)));
    }

    @Test
    void selfSigned_thePemPairParsesMatchesNamesTheStationAndServesTlsToAClientThatChecksTheName() throws Exception {
        Output run = create(config());

        assertEquals(0, run.exitCode(), run.err());
        List<X509Certificate> chain = Pem.parseCertificates(Files.readString(dir.resolve("tls/cert.pem")));
        PrivateKey key = Pem.parsePrivateKey(Files.readString(dir.resolve("tls/key.pem")));
        assertEquals(1, chain.size());
        assertTrue(Pem.keyMatches(key, chain.getFirst()));
        assertEquals(Set.of("qingshi-station", "localhost", "127.0.0.1", "192.168.1.20"), names(chain.getFirst()));
        assertTrue(chain.getFirst().getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"), "serverAuth");
        assertTrue(run.out().contains("SHA-256 指纹 / fingerprint: "
                + new StaffCertificates.Issued(key, chain).fingerprint()), run.out());
        assertTrue(run.out().contains("https://127.0.0.1:8443/"), run.out());
        assertTrue(run.out().contains("█"), "the QR is drawn");
        handshake(chain, key, chain.getFirst());
    }

    @Test
    void theKeyIsOwnerOnlyAndTheCertificateReadable() throws Exception {
        assertEquals(0, create(config()).exitCode());

        assertEquals("rw-------", mode(dir.resolve("tls/key.pem")));
        assertEquals("rw-r--r--", mode(dir.resolve("tls/cert.pem")));
        assertEquals("rwxr-x---", mode(dir.resolve("tls")));
    }

    @Test
    void withACountyCa_theChainVerifiesToTheCaAndTheCertificateFileCarriesIt() throws Exception {
        Path caCert = dir.resolve("ca-cert.pem");
        Path caKey = dir.resolve("ca-key.pem");
        X509Certificate ca = makeCa(caCert, caKey);

        Output run = create(config(), "--ca-cert", caCert.toString(), "--ca-key", caKey.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<X509Certificate> chain = Pem.parseCertificates(Files.readString(dir.resolve("tls/cert.pem")));
        assertEquals(List.of(ca), chain.subList(1, 2));
        PKIXParameters pkix = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        pkix.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                .generateCertPath(chain.subList(0, 1)), pkix);
        assertEquals(Set.of("qingshi-station", "localhost", "127.0.0.1", "192.168.1.20"), names(chain.getFirst()));
        handshake(chain, Pem.parsePrivateKey(Files.readString(dir.resolve("tls/key.pem"))), ca);
    }

    @Test
    void aCaKeyThatIsNotTheCasIsRefused() throws Exception {
        Path caCert = dir.resolve("ca-cert.pem");
        Path caKey = dir.resolve("ca-key.pem");
        makeCa(caCert, caKey);
        Path otherKey = dir.resolve("other-key.pem");
        makeCa(dir.resolve("other-cert.pem"), otherKey);

        Output run = create(config(), "--ca-cert", caCert.toString(), "--ca-key", otherKey.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("not the key of the CA certificate"), run.err());
        assertFalse(Files.exists(dir.resolve("tls/key.pem")));
    }

    @Test
    void aLinkPlantedWhereTheKeyGoesIsReplaced_itsTargetIsNeverWritten() throws Exception {
        Path victim = dir.resolve("root-only.txt");
        Files.writeString(victim, "root's secret");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-------"));
        Files.createDirectories(dir.resolve("tls"));
        Files.createSymbolicLink(dir.resolve("tls/key.pem"), victim);
        Files.createSymbolicLink(dir.resolve("tls/cert.pem"), victim);

        Output run = create(config(), "--force");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("root's secret", Files.readString(victim));
        assertEquals("rw-------", mode(victim));
        assertTrue(Files.isRegularFile(dir.resolve("tls/key.pem"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isRegularFile(dir.resolve("tls/cert.pem"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aLinkPlantedAsTheFolderIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("tls"), elsewhere);

        Output run = create(config());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("not a folder"), run.err());
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anExistingKeyIsKeptWithoutForce() throws Exception {
        assertEquals(0, create(config()).exitCode());
        String before = Files.readString(dir.resolve("tls/key.pem"));

        Output again = create(config());

        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(before, Files.readString(dir.resolve("tls/key.pem")));
    }

    @Test
    void setConfig_theKioskReadsTheNewPathsAndTheRestOfTheFileIsKept() throws Exception {
        Path config = config();

        Output run = create(config, "--set-config");

        assertEquals(0, run.exitCode(), run.err());
        KioskConfig read = new ConfigLoader().load(config);
        assertEquals(dir.resolve("tls/cert.pem").toAbsolutePath().toString(), read.staff().tlsCert());
        assertEquals(dir.resolve("tls/key.pem").toAbsolutePath().toString(), read.staff().tlsKey());
        assertEquals("360121-007", read.station().code());
        assertTrue(Files.readString(config).startsWith("# the station\n"));
    }

    @Test
    void badNamesAreRefusedBeforeAnythingIsMade() throws Exception {
        Output run = create(config(), "--ip", "192.168.1.300");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("192.168.1.300"), run.err());
        assertFalse(Files.exists(dir.resolve("tls")));
    }

    private static Set<String> names(X509Certificate certificate) throws Exception {
        Set<String> names = new java.util.HashSet<>();
        for (List<?> name : certificate.getSubjectAlternativeNames()) {
            names.add(String.valueOf(name.get(1)));
        }
        return names;
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    }

    /** A TLS server on 127.0.0.1 with the pair; a client trusting {@code anchor} checks the name like a browser. */
    private static void handshake(List<X509Certificate> chain, PrivateKey key, X509Certificate anchor)
            throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("staff", key, "x".toCharArray(), chain.toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "x".toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("anchor", anchor);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket s = (SSLSocket) listener.accept(); InputStream in = s.getInputStream()) {
                    return in.read();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1",
                    listener.getLocalPort())) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                OutputStream out = socket.getOutputStream();
                out.write('x');
                out.flush();
                assertEquals('x', served.get(30, TimeUnit.SECONDS));
            }
        }
    }

    /** A county CA made with keytool, written as PEM files as a county would hand them over. */
    private static X509Certificate makeCa(Path certPem, Path keyPem) throws Exception {
        Path store = certPem.resolveSibling(certPem.getFileName() + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-alias", "ca", "-keyalg", "EC",
                "-dname", "CN=Test County CA", "-validity", "3650", "-ext", "bc:c").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        X509Certificate cert = (X509Certificate) ks.getCertificate("ca");
        Files.writeString(certPem, Pem.encode("CERTIFICATE", cert.getEncoded()));
        Files.writeString(keyPem, Pem.encode("PRIVATE KEY", ks.getKey("ca", "changeit".toCharArray()).getEncoded()));
        return cert;
    }
}
