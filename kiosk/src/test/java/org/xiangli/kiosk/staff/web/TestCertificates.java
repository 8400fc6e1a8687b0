package org.xiangli.kiosk.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1 and localhost made with the JDK's keytool, written as the PEM files an
 * admin would configure ({@code cert.pem}, {@code key.pem}), and an SSL context that trusts exactly it.
 */
final class TestCertificates {

    final Path certificate;
    final Path key;
    final X509Certificate x509;

    private TestCertificates(Path certificate, Path key, X509Certificate x509) {
        this.certificate = certificate;
        this.key = key;
        this.x509 = x509;
    }

    /** {@code algorithm}: EC or RSA. */
    static TestCertificates make(Path dir, String algorithm) throws IOException, InterruptedException,
            GeneralSecurityException {
        Files.createDirectories(dir);
        Path store = dir.resolve(algorithm + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-alias", "staff", "-keyalg", algorithm,
                "-dname", "CN=xiangli-test", "-validity", "2", "-ext", "san=ip:127.0.0.1,dns:localhost")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + out);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        X509Certificate cert = (X509Certificate) ks.getCertificate("staff");
        byte[] pkcs8 = ks.getKey("staff", "changeit".toCharArray()).getEncoded();
        Path certPem = dir.resolve(algorithm + "-cert.pem");
        Path keyPem = dir.resolve(algorithm + "-key.pem");
        Files.writeString(certPem, pem("CERTIFICATE", cert.getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(keyPem, pem("PRIVATE KEY", pkcs8), StandardCharsets.US_ASCII);
        return new TestCertificates(certPem, keyPem, cert);
    }

    /** TLS that trusts this certificate only. */
    SSLContext trusting() throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("staff", x509);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
