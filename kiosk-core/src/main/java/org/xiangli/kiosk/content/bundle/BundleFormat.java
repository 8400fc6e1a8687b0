package org.xiangli.kiosk.content.bundle;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The layout of a bundle file ({@code .xlb}), one file that a USB stick or an HTTP download carries whole:
 * <pre>
 *   "XIANGLI-BUNDLE/1\n"            magic, 17 bytes
 *   int32  manifest length          big-endian
 *   manifest                        UTF-8 JSON ({@link Manifest})
 *   int16  signature length         0 = unsigned (always refused)
 *   signature                       Ed25519 over the manifest bytes
 *   assets                          raw bytes, in manifest order, sizes and SHA-256 in the manifest
 * </pre>
 * Signing the manifest alone is enough: it fixes every asset's size and hash, so no byte of the file can change
 * without a check failing.
 *
 * <p>The manifest names its signer's key ({@code publisher}) within its first {@link #PUBLISHER_WINDOW} bytes
 * ({@link BundleWriter} writes {@code format}, {@code id} and {@code publisher} first): a reader picks the key to
 * check the signature with from those bytes alone, so a file from anywhere cannot make a kiosk read or parse more
 * of an unverified manifest than that.
 */
final class BundleFormat {

    static final byte[] MAGIC = "XIANGLI-BUNDLE/1\n".getBytes(StandardCharsets.US_ASCII);
    static final String EXTENSION = ".xlb";
    /** How much of an unverified manifest is read to find the publisher key id. */
    static final int PUBLISHER_WINDOW = 4096;

    /** Relative paths of plain names: no '..', no leading '/', no backslash, nothing a file system interprets. */
    static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private BundleFormat() {
    }

    static boolean isSafeAssetName(String name) {
        return name != null && name.length() <= 200 && ASSET_NAME.matcher(name).matches()
                && !name.contains("..");
    }
}
