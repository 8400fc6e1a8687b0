package org.xiangli.kiosk.content.bundle;

/**
 * Upper bounds a kiosk accepts, checked before anything is allocated: a bundle, even a signed one, must not
 * be able to fill a Pi's memory or card.
 */
public record BundleLimits(long maxAssetBytes, int maxManifestBytes, int maxItems) {

    /** An image of 8 MiB is already far larger than a 1080p screen needs; 64 MiB holds 10,000+ long items. */
    public static final BundleLimits DEFAULT = new BundleLimits(8L << 20, 64 << 20, 50_000);
}
