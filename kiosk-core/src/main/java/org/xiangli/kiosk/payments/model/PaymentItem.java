package org.xiangli.kiosk.payments.model;

/** What a record is about; the ledger's code names it, the bundle key names it on screen. */
public enum PaymentItem {
    PENSION("pension"),
    MEDICAL("medical"),
    WATER("water"),
    ELECTRICITY("electricity"),
    SUBSIDY("subsidy");

    private final String code;

    PaymentItem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "payments.item." + code;
    }

    public static PaymentItem ofCode(String code) {
        for (PaymentItem item : values()) {
            if (item.code.equals(code)) {
                return item;
            }
        }
        throw new IllegalArgumentException("unknown payment item '" + code + "'");
    }
}
