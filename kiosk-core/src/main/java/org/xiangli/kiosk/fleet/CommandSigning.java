package org.xiangli.kiosk.fleet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import org.xiangli.kiosk.keys.PublisherKey;

/**
 * Ed25519 signatures of fleet commands by a county key. The signature covers a domain prefix and the command's
 * bytes, so neither a content bundle's nor a provisioning code's signature can ever pass as a command's.
 */
public final class CommandSigning {

    private static final byte[] DOMAIN = "xiangli-fleet-command-v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private CommandSigning() {
    }

    /** The signed command, ready to publish on the station's {@code cmd} topic. */
    public static SignedCommand sign(Command command, PrivateKey key, PublisherKey publicKey) {
        byte[] body = FleetJson.write(command);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(DOMAIN);
            signer.update(body);
            return new SignedCommand(FleetJson.VERSION, B64.encodeToString(body), publicKey.id(),
                    B64.encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    static boolean verifies(byte[] body, byte[] signature, PublisherKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.key());
            verifier.update(DOMAIN);
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A signature of the wrong length is simply not a valid one.
            return false;
        }
    }
}
