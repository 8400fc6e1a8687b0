package org.xiangli.kiosk.ops;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.ops.ProvisioningCodeException.Reason;

/**
 * The provisioning QR: a whole {@code kiosk.toml}, compressed and signed by the county's Ed25519 key.
 * Text form {@code XLP1.<key id>.<config>.<signature>}, both parts Base64url: plain ASCII, because scanners in
 * keyboard mode mangle anything else. The signature covers a domain prefix and the config, so a content bundle's
 * signature can never pass as a provisioning code.
 */
public final class ProvisioningCode {

    public static final String PREFIX = "XLP1.";
    private static final byte[] DOMAIN = "xiangli-provisioning-v1\n".getBytes(StandardCharsets.US_ASCII);
    /** A kiosk config is a few hundred bytes; anything that inflates past this is not one (or is a bomb). */
    private static final int MAX_CONFIG_BYTES = 16 * 1024;

    /** A verified code: the config text and the county key that signed it. */
    public record Verified(String configToml, PublisherKey signer) {
    }

    private ProvisioningCode() {
    }

    public static String sign(String configToml, PrivateKey key, PublisherKey publicKey) {
        byte[] config = configToml.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return PREFIX + publicKey.id() + "." + b64.encodeToString(deflate(config)) + "."
                + b64.encodeToString(signature(config, key));
    }

    public static Verified verify(String scanned, TrustedKeys trusted) throws ProvisioningCodeException {
        String text = scanned.strip();
        String[] parts = text.split("\\.", -1);
        if (!text.startsWith(PREFIX) || parts.length != 4) {
            throw new ProvisioningCodeException(Reason.NOT_A_PROVISIONING_CODE,
                    "不是配置二维码 / not a provisioning code");
        }
        Optional<PublisherKey> key = trusted.find(parts[1]);
        if (key.isEmpty()) {
            throw new ProvisioningCodeException(Reason.UNKNOWN_KEY,
                    "二维码的签名密钥不受信任 / signed by an unknown key " + abbreviate(parts[1]));
        }
        byte[] config;
        byte[] signature;
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            config = inflate(b64.decode(parts[2]));
            signature = b64.decode(parts[3]);
        } catch (IllegalArgumentException | DataFormatException e) {
            throw new ProvisioningCodeException(Reason.NOT_A_PROVISIONING_CODE,
                    "配置二维码已损坏 / the provisioning code is damaged: " + e.getMessage());
        }
        if (!verifies(config, signature, key.get())) {
            throw new ProvisioningCodeException(Reason.BAD_SIGNATURE,
                    "配置二维码签名无效 / the provisioning code's signature is not valid (key " + key.get().id() + ")");
        }
        return new Verified(new String(config, StandardCharsets.UTF_8), key.get());
    }

    private static byte[] signature(byte[] config, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(DOMAIN);
            signer.update(config);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    private static boolean verifies(byte[] config, byte[] signature, PublisherKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.key());
            verifier.update(DOMAIN);
            verifier.update(config);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A malformed signature (wrong length) is simply not a valid one.
            return false;
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_CONFIG_BYTES) {
                    throw new DataFormatException("longer than " + MAX_CONFIG_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 17) + "..." : s;
    }
}
