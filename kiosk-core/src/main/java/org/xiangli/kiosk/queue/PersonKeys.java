package org.xiangli.kiosk.queue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an ID number into a keyed hash (HMAC-SHA256 with the database's random key), so the queue can tell
 * "same person" without storing the number: a plain hash of an 18-digit ID with a known birth date is easy to
 * reverse, a keyed one is not without the key.
 */
public final class PersonKeys {

    private final byte[] key;

    public PersonKeys(byte[] key) {
        this.key = key.clone();
    }

    public String of(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from this JDK", e);
        }
    }
}
