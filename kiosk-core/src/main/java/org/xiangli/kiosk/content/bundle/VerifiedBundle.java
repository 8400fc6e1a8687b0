package org.xiangli.kiosk.content.bundle;

import org.xiangli.kiosk.keys.PublisherKey;

import java.util.Map;

/** A bundle whose signature, publisher key, sizes and asset hashes all checked out. */
public record VerifiedBundle(Manifest manifest, PublisherKey publisher, Map<String, byte[]> assets) {

    public VerifiedBundle {
        assets = Map.copyOf(assets);
    }
}
