package org.xiangli.kiosk.fleet;

/** Why a kiosk did not do what a command said; the reply carries the name. */
public enum Refusal {
    /** Not JSON, or not a signed command of this version. */
    MALFORMED,
    /** No signature or no key id. */
    UNSIGNED,
    /** Signed by a key that is not one of this kiosk's county keys. */
    UNKNOWN_KEY,
    /** The signature does not match the command. */
    BAD_SIGNATURE,
    /** Signed, but for another station or county. */
    FOREIGN,
    /** Issued in the future (beyond the allowed clock skew), or with a lifetime longer than allowed. */
    BAD_TIME,
    /** Past its expiry. */
    EXPIRED,
    /** Its id was obeyed already. */
    REPLAYED,
    /** A verb this kiosk does not know, or the wrong arguments for it. */
    BAD_COMMAND,
    /** config-set of a key the county may not set, or a value the key refuses. */
    NOT_ALLOWED,
    /** Accepted, but doing it failed (the message says why). */
    FAILED
}
