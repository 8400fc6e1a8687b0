package org.xiangli.kiosk.content.bundle;

import org.xiangli.kiosk.keys.PublisherKey;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.xiangli.kiosk.content.bundle.BundleException.Reason;

/**
 * Reads and verifies a bundle file. Order matters: sizes before allocation, signature before the manifest is
 * parsed, asset names and sizes before any asset is read, each asset's hash before it is returned. Every failure
 * is a {@link BundleException} naming the check.
 */
public final class BundleReader {

    private final Function<String, Optional<PublisherKey>> trusted;
    private final BundleLimits limits;

    /** @param trusted the publisher key with the given id, if this kiosk trusts it */
    public BundleReader(Function<String, Optional<PublisherKey>> trusted, BundleLimits limits) {
        this.trusted = trusted;
        this.limits = limits;
    }

    public VerifiedBundle read(Path file) throws BundleException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            String name = file.getFileName().toString();
            SignedManifest signed = readManifest(channel, name);
            channel.position(signed.assetsOffset());
            return new VerifiedBundle(signed.manifest(), signed.publisher(),
                    readAssets(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16), signed, name));
        } catch (IOException e) {
            throw new BundleException(Reason.UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A bundle's verified manifest, and where in the file its assets start (in manifest order). */
    public record SignedManifest(Manifest manifest, PublisherKey publisher, long assetsOffset) {
    }

    /**
     * Verifies the signature, the manifest and the file size against it, without reading any asset: for callers
     * that stream large assets and check each one's SHA-256 themselves.
     */
    public SignedManifest readManifest(Path file) throws BundleException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return readManifest(channel, file.getFileName().toString());
        } catch (IOException e) {
            throw new BundleException(Reason.UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> readAssets(InputStream in, SignedManifest signed, String name)
            throws IOException, BundleException {
        Map<String, byte[]> assets = new LinkedHashMap<>();
        for (Manifest.AssetEntry asset : signed.manifest().assets()) {
            byte[] data = in.readNBytes((int) asset.size());
            if (data.length != asset.size()) {
                throw new BundleException(Reason.TRUNCATED, name + " became shorter while it was read; "
                        + "copy or download it again");
            }
            if (!sha256(data).equalsIgnoreCase(asset.sha256())) {
                throw new BundleException(Reason.ASSET_DAMAGED, name + ": asset '" + asset.name()
                        + "' does not match its SHA-256; the file is damaged or was altered");
            }
            assets.put(asset.name(), data);
        }
        return assets;
    }

    /**
     * Reads the fixed parts first and the manifest last, so that what an unverified file can make this kiosk
     * read and allocate stays small: the signature before the manifest (an unsigned file costs a few bytes), the
     * publisher id from the manifest's first {@link BundleFormat#PUBLISHER_WINDOW} bytes only, and the whole
     * manifest (at most {@link BundleLimits#maxManifestBytes()}) only when it names a key this kiosk trusts.
     * Nothing of it is parsed as a whole before its signature checks out.
     */
    private SignedManifest readManifest(FileChannel channel, String name) throws IOException, BundleException {
        long size = channel.size();
        int prefix = BundleFormat.MAGIC.length + 4;
        if (size < prefix) {
            throw new BundleException(Reason.NOT_A_BUNDLE, name + " is not a Xiangli content bundle (bad header)");
        }
        ByteBuffer head = readAt(channel, 0, prefix);
        if (!Arrays.equals(Arrays.copyOf(head.array(), BundleFormat.MAGIC.length), BundleFormat.MAGIC)) {
            throw new BundleException(Reason.NOT_A_BUNDLE, name + " is not a Xiangli content bundle (bad header)");
        }
        int manifestLength = head.getInt(BundleFormat.MAGIC.length);
        if (manifestLength <= 0 || manifestLength > limits.maxManifestBytes()) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, name + ": manifest length " + manifestLength
                    + " is outside 1.." + limits.maxManifestBytes() + " bytes");
        }
        long headerEnd = prefix + (long) manifestLength + 2;
        if (size < headerEnd) {
            throw truncated(name, headerEnd, size);
        }
        int signatureLength = readAt(channel, headerEnd - 2, 2).getShort() & 0xFFFF;
        if (signatureLength == 0) {
            throw new BundleException(Reason.UNSIGNED, name + " is not signed; only signed bundles are accepted");
        }
        if (size < headerEnd + signatureLength) {
            throw truncated(name, headerEnd + signatureLength, size);
        }
        byte[] signature = readAt(channel, headerEnd, signatureLength).array();
        String keyId = UnverifiedPublisher.of(
                readAt(channel, prefix, Math.min(manifestLength, BundleFormat.PUBLISHER_WINDOW)).array(), name);
        PublisherKey key = trusted.apply(keyId).orElseThrow(() -> new BundleException(Reason.UNTRUSTED_KEY,
                name + " is signed by publisher key " + keyId + ", which this kiosk does not trust"));
        byte[] json = readAt(channel, prefix, manifestLength).array();
        if (!verifies(json, signature, key)) {
            throw new BundleException(Reason.BAD_SIGNATURE, name + ": the signature does not match the manifest; "
                    + "the bundle was altered after signing or signed with another key");
        }
        Manifest manifest;
        try {
            manifest = Manifest.fromJson(json);
        } catch (IOException e) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, name + ": the manifest is not valid: "
                    + e.getMessage(), e);
        }
        if (!key.id().equals(manifest.publisher())) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, name + ": the manifest names publisher "
                    + manifest.publisher() + " but its first bytes named " + key.id());
        }
        checkManifest(manifest, name);
        long expected = headerEnd + signatureLength
                + manifest.assets().stream().mapToLong(Manifest.AssetEntry::size).sum();
        if (size < expected) {
            throw truncated(name, expected, size);
        }
        if (size > expected) {
            throw new BundleException(Reason.TRAILING_BYTES, name + " has " + (size - expected)
                    + " bytes after its last asset; it is not the file that was signed");
        }
        return new SignedManifest(manifest, key, headerEnd + signatureLength);
    }

    /** Exactly {@code length} bytes at {@code position}; the callers checked the file is that long. */
    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file became shorter while it was read");
            }
        }
        return buffer.flip();
    }

    private void checkManifest(Manifest m, String name) throws BundleException {
        if (m.format() != Manifest.FORMAT) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, name + ": bundle format " + m.format()
                    + " is not supported (this kiosk reads format " + Manifest.FORMAT + ")");
        }
        if (m.id() == null || m.sequence() <= 0 || !("full".equals(m.kind()) || "delta".equals(m.kind()))) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, name
                    + ": the manifest lacks an id, a positive sequence or a kind (full or delta)");
        }
        if (m.items().size() > limits.maxItems()) {
            throw new BundleException(Reason.MALFORMED_MANIFEST, name + ": " + m.items().size()
                    + " items, more than the limit of " + limits.maxItems());
        }
        Set<String> names = new HashSet<>();
        for (Manifest.AssetEntry asset : m.assets()) {
            if (!BundleFormat.isSafeAssetName(asset.name())) {
                throw new BundleException(Reason.BAD_ASSET_NAME, name + ": asset name '" + asset.name()
                        + "' is not allowed; names are relative paths of letters, digits, '.', '_', '-' without '..'");
            }
            if (!names.add(asset.name())) {
                throw new BundleException(Reason.BAD_ASSET_NAME, name + ": asset '" + asset.name() + "' appears twice");
            }
            if (asset.size() < 0 || asset.size() > limits.maxAssetBytes()) {
                throw new BundleException(Reason.ASSET_TOO_LARGE, name + ": asset '" + asset.name() + "' is "
                        + asset.size() + " bytes, more than the limit of " + limits.maxAssetBytes() + " bytes");
            }
            if (asset.sha256() == null || !asset.sha256().matches("[0-9a-fA-F]{64}")) {
                throw new BundleException(Reason.MALFORMED_MANIFEST, name + ": asset '" + asset.name()
                        + "' has no valid SHA-256");
            }
        }
    }

    private static boolean verifies(byte[] json, byte[] signature, PublisherKey key) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key.key());
            s.update(json);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            // A malformed signature (wrong length) is simply not a valid one.
            return false;
        }
    }

    private static BundleException truncated(String name, long expected, long size) {
        return new BundleException(Reason.TRUNCATED, name + " is truncated: " + size + " bytes, at least "
                + expected + " expected; copy or download it again");
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
