package org.xiangli.kiosk.payments.store;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per blob; the row's keyed hash is the associated data, so a sealed blob
 * moved to another row no longer opens. Layout: nonce (12) · ciphertext and tag.
 */
public final class Sealer {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public Sealer(DataKey dataKey) {
        this.key = new SecretKeySpec(dataKey.sealKey(), "AES");
    }

    public byte[] seal(byte[] plain, byte[] associated) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(associated);
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES-GCM", e);
        }
    }

    /** @throws SealException when the blob was altered, moved, or sealed under another key */
    public byte[] open(byte[] sealed, byte[] associated) throws SealException {
        if (sealed.length < NONCE + TAG_BITS / 8) {
            throw new SealException("sealed blob too short");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            c.updateAAD(associated);
            return c.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (AEADBadTagException e) {
            throw new SealException("sealed blob does not open with this kiosk's data key (altered, moved, "
                    + "or the key changed since the ledger was imported)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES-GCM", e);
        }
    }

    /** A sealed value that cannot be opened. */
    public static final class SealException extends Exception {
        public SealException(String message) {
            super(message);
        }
    }
}
