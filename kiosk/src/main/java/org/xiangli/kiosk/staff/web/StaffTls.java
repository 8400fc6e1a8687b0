package org.xiangli.kiosk.staff.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.xiangli.kiosk.keys.Pem;

/**
 * The console's HTTPS identity from the two PEM files {@code staff.tls_cert} (the certificate, then any chain) and
 * {@code staff.tls_key} (its private key, unencrypted PKCS#8: {@code -----BEGIN PRIVATE KEY-----}, what
 * {@code openssl genpkey} and {@code openssl req -newkey} write). Checked when loaded — the files exist, parse and
 * the key belongs to the certificate — so a mistake stops the console at start with a message, not at the first
 * phone that connects. Held in memory only.
 */
public final class StaffTls {

    private final KeyStore keyStore;
    private final String password;
    private final X509Certificate certificate;

    private StaffTls(KeyStore keyStore, String password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
    }

    /**
     * @throws IllegalArgumentException naming the file and what is wrong with it (missing, not PEM, another
     *                                  key format, a key that does not match the certificate)
     */
    public static StaffTls load(Path certificatePem, Path keyPem) {
        List<X509Certificate> chain = certificates(certificatePem);
        PrivateKey key = privateKey(keyPem);
        X509Certificate leaf = chain.getFirst();
        if (!Pem.keyMatches(key, leaf)) {
            throw new IllegalArgumentException("staff.tls_key " + keyPem + " is not the key of the certificate in "
                    + certificatePem);
        }
        try {
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String password = HexFormat.of().formatHex(secret);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("staff", key, password.toCharArray(), chain.toArray(Certificate[]::new));
            return new StaffTls(store, password, leaf);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the console's TLS key in memory", e);
        }
    }

    /** The certificate staff phones are shown (its SHA-256 fingerprint is what they compare). */
    public X509Certificate certificate() {
        return certificate;
    }

    /** SHA-256 of the certificate, as browsers show it: upper-case hex pairs joined by ':'. */
    public String fingerprint() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jetty's TLS settings for the console's HTTPS connector (Jetty's defaults: TLS 1.2 and 1.3, strong suites). */
    SslContextFactory.Server contextFactory() {
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setKeyStore(keyStore);
        factory.setKeyStorePassword(password);
        return factory;
    }

    private static List<X509Certificate> certificates(Path pem) {
        String text = new String(read(pem, "staff.tls_cert"), StandardCharsets.US_ASCII);
        try {
            return Pem.parseCertificates(text);
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalArgumentException("staff.tls_cert " + pem + " is not a PEM certificate: "
                    + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(Path pem) {
        String text = new String(read(pem, "staff.tls_key"), StandardCharsets.US_ASCII);
        try {
            return Pem.parsePrivateKey(text);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("staff.tls_key " + pem + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file, String key) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(key + " " + file + " cannot be read: " + e, e);
        }
    }
}
