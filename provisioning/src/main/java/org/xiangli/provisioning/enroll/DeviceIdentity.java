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
import java.util.Base64;
import java.util.List;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.payments.store.DataKey;

/**
 * A kiosk's own secrets, created once at enrollment: its Ed25519 identity (the county knows it by the public key)
 * and the payments data key that hashes and encrypts payments data at rest ({@link DataKey}). Both files are
 * created owner-only (root) from the start; the kiosk unit hands the data key to the kiosk as a systemd
 * credential. A new identity ({@code --force}) keeps the data key: a new one would make the imported ledger
 * unreadable.
 */
public final class DeviceIdentity {

    public static final String IDENTITY_FILE = "device.key";
    public static final String IDENTITY_PUBLIC_FILE = "device.pub";
    public static final String PAYMENTS_KEY_FILE = "payments-data.key";

    private DeviceIdentity() {
    }

    /** Writes new keys into {@code dir}; refuses to replace existing ones unless {@code replace}. */
    public static PublisherKey create(Path dir, boolean replace) throws IOException {
        List<Path> files = List.of(dir.resolve(IDENTITY_FILE), dir.resolve(IDENTITY_PUBLIC_FILE));
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
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        PublisherKey publicKey = PublisherKey.of(pair.getPublic());
        writeSecret(dir.resolve(IDENTITY_FILE), "# Xiangli device identity (Ed25519, PKCS#8). Never copy it.\npkcs8:"
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n" + publicKey.encoded() + "\n");
        createPaymentsKey(dir);
        Files.writeString(dir.resolve(IDENTITY_PUBLIC_FILE), publicKey.encoded() + "\n", StandardCharsets.UTF_8);
        return publicKey;
    }

    /**
     * The payments data key in {@code dir} (mode 600), unless there is one: enrolment and install both call
     * this, so the kiosk unit's {@code LoadCredential=} always finds its file. Returns the file.
     */
    public static Path createPaymentsKey(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(PAYMENTS_KEY_FILE);
        DataKey.createIfMissing(file);
        // Refuses a key file that others can read, or that is not a key.
        DataKey.load(file);
        return file;
    }

    private static void writeSecret(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
