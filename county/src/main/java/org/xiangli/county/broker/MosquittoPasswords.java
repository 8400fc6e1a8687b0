package org.xiangli.county.broker;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in Mosquitto's own format ({@code $7$ITERATIONS$SALT$HASH}: PBKDF2-HMAC-SHA512, 12-byte salt,
 * 64-byte hash, Base64), as {@code mosquitto_passwd} writes them: the password file {@code broker-config} writes is
 * read by Mosquitto as it is, and the embedded broker checks the same hashes. Plain passwords are never stored.
 */
public final class MosquittoPasswords {

    /** Mosquitto's own default; raising it slows every kiosk's connect on the broker's CPU. */
    static final int ITERATIONS = 101;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MosquittoPasswords() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[12];
        RANDOM.nextBytes(salt);
        return "$7$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(pbkdf2(password, salt, ITERATIONS));
    }

    public static boolean matches(char[] password, String hash) {
        String[] parts = hash.split("\\$", -1);
        if (parts.length != 5 || !parts[1].equals("7")) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[2]);
            byte[] salt = Base64.getDecoder().decode(parts[3]);
            byte[] expected = Base64.getDecoder().decode(parts[4]);
            return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A new random password: 32 characters of Base64url (192 bits), no character a shell or TOML minds. */
    public static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, 512)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks PBKDF2WithHmacSHA512", e);
        }
    }
}
