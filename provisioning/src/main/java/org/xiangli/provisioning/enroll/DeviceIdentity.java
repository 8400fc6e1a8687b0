package org.xiangli.provisioning.enroll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.xiangli.kiosk.content.bundle.PublisherKey;

/**
 * A kiosk's own secrets, created once at enrollment: its Ed25519 identity (the county knows it by the public key)
 * and the AES-256 key that encrypts payments data at rest. Both files are created owner-only from the start.
 */
public final class DeviceIdentity {

    public static final String IDENTITY_FILE = "device.key";
    public static final String IDENTITY_PUBLIC_FILE = "device.pub";
    public static final String PAYMENTS_KEY_FILE = "payments-data.key";

    private DeviceIdentity() {
    }

    /** Writes new keys into {@code dir}; refuses to replace existing ones unless {@code replace}. */
    public static PublisherKey create(Path dir, boolean replace) throws IOException {
        List<Path> files = List.of(dir.resolve(IDENTITY_FILE), dir.resolve(IDENTITY_PUBLIC_FILE),
                dir.resolve(PAYMENTS_KEY_FILE));
        for (Path file : files) {
            if (Files.exists(file) && !replace) {
                throw new FileAlreadyExistsException(file.toString(), null,
                        "already enrolled; a new identity needs --force and re-registration with the county");
            }
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks Ed25519", e);
        }
        byte[] dataKey = new byte[32];
        new SecureRandom().nextBytes(dataKey);
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        PublisherKey publicKey = PublisherKey.of(pair.getPublic());
        writeSecret(dir.resolve(IDENTITY_FILE), "# Xiangli device identity (Ed25519, PKCS#8). Never copy it.\npkcs8:"
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n" + publicKey.encoded() + "\n");
        writeSecret(dir.resolve(PAYMENTS_KEY_FILE), "# Xiangli payments data key (AES-256). Never copy it.\naes256:"
                + Base64.getEncoder().encodeToString(dataKey) + "\n");
        Files.writeString(dir.resolve(IDENTITY_PUBLIC_FILE), publicKey.encoded() + "\n", StandardCharsets.UTF_8);
        return publicKey;
    }

    private static void writeSecret(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
