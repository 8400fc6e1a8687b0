package org.xiangli.kiosk.payments.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of an ID or bill number under the kiosk's data key: a store or audit key that cannot be reversed by
 * trying all 10^17 plausible ID numbers without the key. The {@code kind} keeps an ID number and a bill number
 * with the same digits apart.
 */
public final class KeyedHash {

    private final SecretKeySpec key;

    public KeyedHash(DataKey dataKey) {
        this.key = new SecretKeySpec(dataKey.hashKey(), "HmacSHA256");
    }

    public Digest ofIdNumber(String idNumber) {
        return of("id:" + idNumber);
    }

    public Digest ofBill(String station, String billNo) {
        return of("bill:" + station + ":" + billNo);
    }

    private Digest of(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return new Digest(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** A keyed hash; its text form (first 16 hex digits) is what audit lines show. */
    public record Digest(byte[] bytes) {

        public Digest {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        public String shortHex() {
            return HexFormat.of().formatHex(bytes, 0, 8);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Digest d && Arrays.equals(bytes, d.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return shortHex();
        }
    }
}
