package org.xiangli.kiosk.content.bundle;

/** A bundle that cannot be applied; {@link #reason()} says which check failed, the message says the details. */
public final class BundleException extends Exception {

    /** One per check, so screens and tests can tell the failures apart. */
    public enum Reason {
        UNREADABLE, NOT_A_BUNDLE, TRUNCATED, TRAILING_BYTES, UNSIGNED, UNTRUSTED_KEY, BAD_SIGNATURE,
        MALFORMED_MANIFEST, BAD_ASSET_NAME, ASSET_TOO_LARGE, ASSET_DAMAGED, NOT_FOR_THIS_STATION, STALE_SEQUENCE,
        DOWNLOAD_FAILED, DOWNLOAD_STALLED, BUNDLE_TOO_LARGE
    }

    private final Reason reason;

    public BundleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BundleException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
