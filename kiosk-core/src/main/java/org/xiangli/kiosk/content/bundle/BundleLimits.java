package org.xiangli.kiosk.content.bundle;

/**
 * Upper bounds a kiosk accepts, checked before anything is allocated: a bundle, even a signed one, must not
 * be able to fill a Pi's memory or card.
 */
public record BundleLimits(long maxAssetBytes, int maxManifestBytes, int maxItems) {

    /**
     * An image of 8 MiB is already far larger than a 1080p screen needs. The manifest (every item's text) is held
     * whole, and checking its signature holds it twice more (the JDK's Ed25519 buffers the message): 32 MiB costs
     * at most about 100 MB of a kiosk's 512 MB heap, and holds 20,000 items of the seed documents' length (the
     * 10,000-item benchmark bundle has a 16 MB manifest). More content goes as several delta bundles.
     */
    public static final BundleLimits DEFAULT = new BundleLimits(8L << 20, 32 << 20, 50_000);
}
