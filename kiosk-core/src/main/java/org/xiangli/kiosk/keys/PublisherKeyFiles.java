package org.xiangli.kiosk.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The publisher's key files: {@code publisher.key} (PKCS#8, Base64, readable by its owner only) and
 * {@code publisher.pub} (one line, {@link PublisherKey#encoded()}).
 */
public final class PublisherKeyFiles {

    public static final String PRIVATE_FILE = "publisher.key";
    public static final String PUBLIC_FILE = "publisher.pub";
    private static final String PRIVATE_PREFIX = "pkcs8:";
    private static final String PRIVATE_HEADER = "# Xiangli content publisher private key (Ed25519, PKCS#8). Keep it secret.";

    private PublisherKeyFiles() {
    }

    /** Generates a key pair into {@code dir}; never overwrites an existing key (a lost key strands every kiosk). */
    public static PublisherKey generate(Path dir) throws IOException {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        for (Path p : new Path[] {privateFile, publicFile}) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString(), null, "refusing to overwrite an existing key");
            }
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks Ed25519", e);
        }
        Files.createDirectories(dir);
        PublisherKey key = PublisherKey.of(pair.getPublic());
        // The public key rides along, so 'content build --key' can name the publisher without deriving it.
        String privateText = PRIVATE_HEADER + "\n" + PRIVATE_PREFIX
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n" + key.encoded() + "\n";
        // Create with owner-only permissions from the start, so the key is never readable by others, even briefly.
        Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(privateFile, privateText, StandardCharsets.UTF_8);
        Files.writeString(publicFile, key.encoded() + "\n", StandardCharsets.UTF_8);
        return key;
    }

    /** A private key and its public half, as {@code publisher.key} holds them. */
    public record Signer(PrivateKey privateKey, PublisherKey publicKey) {
    }

    public static Signer readPrivate(Path file) throws IOException {
        PrivateKey privateKey = null;
        PublisherKey publicKey = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith(PRIVATE_PREFIX)) {
                try {
                    privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(l.substring(PRIVATE_PREFIX.length()))));
                } catch (GeneralSecurityException | IllegalArgumentException e) {
                    throw new IOException(file + ": the private key line is not an Ed25519 PKCS#8 key", e);
                }
            } else if (l.startsWith(PublisherKey.PREFIX)) {
                try {
                    publicKey = PublisherKey.parse(l);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": " + e.getMessage(), e);
                }
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new IOException(file + ": not a private key file written by 'kioskctl keys generate'");
        }
        return new Signer(privateKey, publicKey);
    }

    public static PublisherKey readPublic(Path file) throws IOException {
        try {
            return PublisherKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
