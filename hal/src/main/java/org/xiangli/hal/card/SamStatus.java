package org.xiangli.hal.card;

/** The SW3 status byte of a SAM reply. */
public enum SamStatus {
    OK(0x90, "ok"),
    CARD_FOUND(0x9F, "card found"),
    NO_CARD(0x80, "no card"),
    SELECT_FAILED(0x81, "select failed"),
    FIELD_EMPTY(0x91, "field empty"),
    CHECKSUM_ERROR(0x10, "request checksum error"),
    LENGTH_ERROR(0x11, "request length error"),
    BAD_COMMAND(0x21, "bad command"),
    NOT_PERMITTED(0x23, "command not permitted"),
    UNKNOWN_ERROR(0x24, "unknown error"),
    CARD_AUTH_FAILED(0x31, "card to SAM authentication failed"),
    SAM_AUTH_FAILED(0x32, "SAM to card authentication failed"),
    DATA_VERIFICATION_ERROR(0x33, "data verification error"),
    UNKNOWN_CARD_TYPE(0x40, "unknown card type"),
    READ_FAILED(0x41, "card read failed"),
    RANDOM_NUMBER_ERROR(0x47, "random-number error"),
    SAM_SELF_TEST_FAILED(0x60, "SAM self-test failed"),
    SAM_NOT_AUTHORISED(0x66, "SAM not authorised");

    private final int code;
    private final String meaning;

    SamStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the module itself is at fault (not the card or its placement): staff must look at the reader. */
    public boolean isModuleFault() {
        return this == SAM_SELF_TEST_FAILED || this == SAM_NOT_AUTHORISED;
    }

    /** The status with this code, or null for a code the documentation does not list. */
    public static SamStatus of(int code) {
        for (SamStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return null;
    }

    /** "0x41 card read failed", or "0xNN undocumented status" for a code outside the list. */
    public static String describe(int code) {
        SamStatus status = of(code);
        return String.format("0x%02X %s", code, status == null ? "undocumented status" : status.meaning);
    }
}
