package org.xiangli.kiosk.keys;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM text for certificates and PKCS#8 private keys: the files the kiosk's staff console reads and kioskctl writes.
 * One reader for both, so that what kioskctl accepts the console accepts too.
 */
public final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private Pem() {
    }

    public static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    public static String certificates(List<X509Certificate> chain) {
        StringBuilder sb = new StringBuilder();
        for (X509Certificate c : chain) {
            try {
                sb.append(encode("CERTIFICATE", c.getEncoded()));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString();
    }

    /** Every certificate in {@code text}, in order. */
    public static List<X509Certificate> parseCertificates(String text) throws CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("CERTIFICATE")) {
                out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(base64(m.group(2),
                        CertificateException::new))));
            }
        }
        if (out.isEmpty()) {
            throw new CertificateException("no PEM certificate (-----BEGIN CERTIFICATE-----) in it");
        }
        return out;
    }

    /**
     * The PKCS#8 key ({@code -----BEGIN PRIVATE KEY-----}, what {@code openssl genpkey} writes), EC or RSA.
     *
     * @throws GeneralSecurityException naming what is wrong, and for the older OpenSSL formats how to convert
     */
    public static PrivateKey parsePrivateKey(String text) throws GeneralSecurityException {
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            switch (m.group(1)) {
                case "PRIVATE KEY" -> {
                    byte[] der = base64(m.group(2), GeneralSecurityException::new);
                    for (String algorithm : List.of("EC", "RSA", "Ed25519", "RSASSA-PSS")) {
                        try {
                            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                        } catch (GeneralSecurityException e) {
                            // not this algorithm: try the next
                        }
                    }
                    throw new GeneralSecurityException("the PKCS#8 key is not an EC, RSA or Ed25519 key");
                }
                case "EC PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY" -> throw new GeneralSecurityException(
                        "the key is '" + m.group(1) + "'; convert it to an unencrypted PKCS#8 key first: "
                                + "openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8");
                default -> {
                    // another block (a certificate beside the key): skip it
                }
            }
        }
        throw new GeneralSecurityException("no PEM private key (-----BEGIN PRIVATE KEY-----) in it");
    }

    /** Whether {@code key} is the private half of {@code certificate}'s key: signs a few bytes and checks them. */
    public static boolean keyMatches(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> key.getAlgorithm();
        };
        try {
            byte[] probe = "xiangli".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static <E extends Exception> byte[] base64(String text, java.util.function.Function<String, E> error)
            throws E {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw error.apply("the PEM block is not valid base64: " + e.getMessage());
        }
    }
}
