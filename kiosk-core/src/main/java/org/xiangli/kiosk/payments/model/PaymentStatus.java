package org.xiangli.kiosk.payments.model;

/** 已缴 / 未缴 / 已发放 / 发放失败. */
public enum PaymentStatus {
    PAID("paid"),
    UNPAID("unpaid"),
    PAID_OUT("paid_out"),
    FAILED("failed");

    private final String code;

    PaymentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "payments.status." + code;
    }

    public static PaymentStatus ofCode(String code) {
        for (PaymentStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown payment status '" + code + "'");
    }
}
