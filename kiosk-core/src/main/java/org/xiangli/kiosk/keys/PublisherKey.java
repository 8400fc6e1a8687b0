package org.xiangli.kiosk.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A publisher's Ed25519 public key as it is written in {@code publisher.pub} and in the kiosk config:
 * {@code ed25519:} and the 32 raw key bytes in Base64. Its id (first 16 hex digits of the key's SHA-256) names the
 * publisher in bundles and in the applied-bundle ledger.
 */
public record PublisherKey(String id, PublicKey key) {

    static final String PREFIX = "ed25519:";
    // The fixed DER header of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw key follows it.
    private static final byte[] X509_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    public static PublisherKey of(PublicKey key) {
        return new PublisherKey(idOf(raw(key)), key);
    }

    /** Parses {@code ed25519:BASE64}; the message says what is wrong for a config or command-line error. */
    public static PublisherKey parse(String text) {
        String s = text.strip();
        if (!s.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a publisher key starts with 'ed25519:', got '" + abbreviate(s) + "'");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(s.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the publisher key is not valid Base64: " + e.getMessage(), e);
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, this one " + raw.length);
        }
        byte[] der = Arrays.copyOf(X509_HEADER, X509_HEADER.length + 32);
        System.arraycopy(raw, 0, der, X509_HEADER.length, 32);
        try {
            return new PublisherKey(idOf(raw), KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    public static boolean isWellFormed(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The text form, {@code ed25519:BASE64}. */
    public String encoded() {
        return PREFIX + Base64.getEncoder().encodeToString(raw(key));
    }

    private static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    private static String idOf(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 17) + "..." : s;
    }
}
