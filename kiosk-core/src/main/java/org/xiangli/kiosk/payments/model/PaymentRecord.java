package org.xiangli.kiosk.payments.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a payer's ledger. Amounts are in fen (分) so that totals add up exactly.
 *
 * @param billNo  the bill number printed (as a QR) on the bill
 * @param payUrl  for an unpaid bill, where a phone pays it; empty otherwise
 */
public record PaymentRecord(String billNo, PaymentItem item, String household, String period, long amountFen,
                            PaymentStatus status, LocalDate date, String payUrl) {

    public PaymentRecord {
        Objects.requireNonNull(billNo, "billNo");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(payUrl, "payUrl");
        if (amountFen < 0) {
            throw new IllegalArgumentException("an amount is never negative");
        }
    }

    public PaymentRecord withPayUrl(String url) {
        return new PaymentRecord(billNo, item, household, period, amountFen, status, date, url);
    }

    public boolean payable() {
        return status == PaymentStatus.UNPAID && !payUrl.isEmpty();
    }

    /** "12.50": yuan with two decimals. */
    public static String yuan(long fen) {
        return String.format(java.util.Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
    }
}
