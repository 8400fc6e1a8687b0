package org.xiangli.provisioning.enroll;

import org.xiangli.kiosk.keys.PublisherKey;

/**
 * What the county records for a device: its station and public identity. {@link #shortCode()} is the key id in
 * groups of four, to read over the phone; the QR carries the whole public key. Nothing secret is in either.
 */
public record EnrollmentCode(String station, PublisherKey identity) {

    public static EnrollmentCode of(String station, PublisherKey identity) {
        return new EnrollmentCode(station, identity);
    }

    public String shortCode() {
        String id = identity.id().toUpperCase(java.util.Locale.ROOT);
        return String.join("-", id.substring(0, 4), id.substring(4, 8), id.substring(8, 12), id.substring(12, 16));
    }

    public String qrText() {
        return "XLE1." + station + "." + identity.encoded();
    }
}
