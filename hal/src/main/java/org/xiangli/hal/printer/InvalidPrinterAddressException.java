package org.xiangli.hal.printer;

/**
 * A printer address that is none of {@link PrinterAddress#FORMS}. Unchecked like {@link IllegalArgumentException},
 * which it is: the kiosk's config loader catches it and reports the key and line; elsewhere an address has already
 * passed that check.
 */
public final class InvalidPrinterAddressException extends IllegalArgumentException {

    private final String address;
    private final String reason;

    /**
     * @param address the text as given
     * @param reason  what is wrong with it, for a technician; empty when it is not even one of the transports
     */
    public InvalidPrinterAddressException(String address, String reason) {
        super("not a printer address: \"" + address + "\": " + (reason.isEmpty() ? "" : reason + "; ") + "expected "
                + PrinterAddress.FORMS);
        this.address = address;
        this.reason = reason;
    }

    public String address() {
        return address;
    }

    /** What is wrong beyond "not one of the forms"; empty when the transport itself is unknown. */
    public String reason() {
        return reason;
    }
}
