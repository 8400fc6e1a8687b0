package org.xiangli.kiosk.payments.model;

import java.util.List;
import java.util.Objects;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.hal.card.IdentityCard;

/**
 * A person in the ledger with their records. Personal: it lives in a session and in sealed blobs only, and its
 * {@link #toString()} is masked so that it can never reach a log line whole.
 *
 * @param phoneLast4 the second factor for a typed ID number
 */
public record Payer(CitizenIdNumber idNumber, String name, String address, String phoneLast4,
                    List<PaymentRecord> records) {

    public Payer {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phoneLast4, "phoneLast4");
        if (!phoneLast4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("phoneLast4 must be 4 digits");
        }
        records = List.copyOf(records);
    }

    public String maskedName() {
        return IdentityCard.maskName(name);
    }

    public Payer withRecords(List<PaymentRecord> only) {
        return new Payer(idNumber, name, address, phoneLast4, only);
    }

    @Override
    public String toString() {
        return "Payer[" + maskedName() + ", " + idNumber.masked() + ", " + records.size() + " records]";
    }
}
