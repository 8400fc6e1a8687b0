package org.xiangli.kiosk.content.bundle;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.List;

/** Writes a bundle file in {@link BundleFormat}: signs the manifest, appends the assets, renames into place. */
public final class BundleWriter {

    private BundleWriter() {
    }

    /**
     * @param assets the asset bytes in the order of {@code manifest.assets()}
     * @param key    the publisher's private key; {@code null} writes an unsigned file (only tests want one)
     */
    public static void write(Path out, Manifest manifest, List<byte[]> assets, PrivateKey key) throws IOException {
        byte[] json = manifest.toJson();
        byte[] signature = key == null ? new byte[0] : sign(json, key);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            data.write(BundleFormat.MAGIC);
            data.writeInt(json.length);
            data.write(json);
            data.writeShort(signature.length);
            data.write(signature);
            for (byte[] asset : assets) {
                data.write(asset);
            }
        }
        // A publisher's half-written file must never be picked up by a sync or copied to a stick.
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static byte[] sign(byte[] json, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(json);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (is it an Ed25519 key?): " + e.getMessage(), e);
        }
    }
}
