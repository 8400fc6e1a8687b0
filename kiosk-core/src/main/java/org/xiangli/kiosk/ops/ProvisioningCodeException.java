package org.xiangli.kiosk.ops;

/** A scanned code that cannot configure this kiosk; the message is shown on the set-up screen and logged. */
public final class ProvisioningCodeException extends Exception {

    /** Why the code was refused, so the screen can say it in the villager's and the technician's words. */
    public enum Reason { NOT_A_PROVISIONING_CODE, UNKNOWN_KEY, BAD_SIGNATURE, BAD_CONFIG }

    private final Reason reason;

    public ProvisioningCodeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
