package org.xiangli.kiosk.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The publisher keys a kiosk accepts bundles from (config {@code content.trusted_keys}). */
public record TrustedKeys(List<PublisherKey> keys) {

    public TrustedKeys {
        keys = List.copyOf(keys);
    }

    public static TrustedKeys parse(List<String> encoded) {
        return new TrustedKeys(encoded.stream().map(PublisherKey::parse).toList());
    }

    public Optional<PublisherKey> find(String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** These keys and one more, for a technician's {@code --pubkey} import. */
    public TrustedKeys with(PublisherKey extra) {
        List<PublisherKey> all = new ArrayList<>(keys);
        all.add(extra);
        return new TrustedKeys(all);
    }
}
