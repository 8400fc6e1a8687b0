package org.xiangli.kiosk.payments.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The kiosk's payments data key: 32 random bytes in a file only its owner (root on a device) can read. Two keys
 * are derived from it, one to hash ID and bill numbers (HMAC-SHA256), one to seal personal data (AES-256-GCM),
 * so that neither use can be turned against the other. Created once, at enrolment; losing it only means the
 * ledger must be imported again.
 */
public final class DataKey {

    private static final String HEADER = "# Xiangli payments data key. Keep it secret; owner-only (600).";
    private static final String LABEL = "aes256:";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] hashKey;
    private final byte[] sealKey;

    private DataKey(byte[] root) {
        this.hashKey = derive(root, "xiangli payments id hash v1");
        this.sealKey = derive(root, "xiangli payments seal v1");
    }

    /** For tests and the benchmark: a key that lives in memory only. */
    public static DataKey of(byte[] root) {
        if (root.length != 32) {
            throw new IllegalArgumentException("a data key has 32 bytes");
        }
        return new DataKey(root);
    }

    /** Creates the key file (owner-only from the first byte) unless it exists; used by enrolment and demo mode. */
    public static void createIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        byte[] root = new byte[32];
        new SecureRandom().nextBytes(root);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // Another process created it a moment ago; theirs is as good as ours.
            return;
        }
        // The "aes256:" label lets 'kioskctl diag' recognise the key wherever it turns up, and redact it.
        Files.writeString(file, HEADER + "\n" + LABEL + Base64.getEncoder().encodeToString(root) + "\n",
                StandardCharsets.US_ASCII);
    }

    /** Reads the key; refuses a file that others can read, since then the key is no longer secret. */
    public static DataKey load(Path file) throws IOException {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(perms)) {
            throw new IOException(file + " is readable by others (" + PosixFilePermissions.toString(perms)
                    + "); run chmod 600 on it");
        }
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            // Unlabelled keys come from demo and test data dirs made before the label.
            if (l.startsWith(LABEL)) {
                l = l.substring(LABEL.length());
            }
            byte[] root;
            try {
                root = Base64.getDecoder().decode(l);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": the key line is not Base64", e);
            }
            if (root.length != 32) {
                throw new IOException(file + ": a data key has 32 bytes, this one " + root.length);
            }
            return new DataKey(root);
        }
        throw new IOException(file + ": no key in the file");
    }

    byte[] hashKey() {
        return hashKey.clone();
    }

    byte[] sealKey() {
        return sealKey.clone();
    }

    private static byte[] derive(byte[] root, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(root, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataKey k && Arrays.equals(hashKey, k.hashKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashKey);
    }
}
