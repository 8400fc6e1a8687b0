package org.xiangli.kiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A technician PIN stored as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (base64), so the config file never holds
 * the PIN itself. PBKDF2 is in the JDK: no native code on the Pi.
 */
public final class PinHash {

    public static final String PREFIX = "pbkdf2-sha256";
    private static final int ITERATIONS = 60_000;
    private static final int MIN_ITERATIONS = 1000;

    private PinHash() {
    }

    public static String hash(String pin) {
        return hash(pin, ITERATIONS);
    }

    /** {@code secret} hashed with {@code iterations} rounds (staff passwords take more than PINs, see StaffLogin). */
    public static String hash(String secret, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations");
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return format(iterations, salt, derive(secret, salt, iterations));
    }

    /** The rounds a well-formed stored hash was made with; 0 for anything else. */
    public static int iterations(String stored) {
        return isWellFormed(stored) ? Integer.parseInt(stored.split("\\$")[1]) : 0;
    }

    public static boolean isWellFormed(String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            return iterations >= MIN_ITERATIONS && Base64.getDecoder().decode(parts[2]).length >= 8
                    && Base64.getDecoder().decode(parts[3]).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean matches(String pin, String stored) {
        if (!isWellFormed(stored)) {
            return false;
        }
        String[] parts = stored.split("\\$");
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(pin, salt, iterations));
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from this JDK", e);
        }
    }
}
