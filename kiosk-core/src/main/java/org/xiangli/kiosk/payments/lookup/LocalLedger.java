package org.xiangli.kiosk.payments.lookup;

import java.util.List;
import java.util.Optional;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.model.PaymentRecord;
import org.xiangli.kiosk.payments.ledger.LedgerException;
import org.xiangli.kiosk.payments.ledger.LedgerJson;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.LedgerInfo;
import org.xiangli.kiosk.payments.store.PaymentsRepository;
import org.xiangli.kiosk.payments.store.Sealer;

/** The imported ledger: a keyed hash finds the sealed payer, the data key opens it. Works with no network. */
public final class LocalLedger implements PaymentsSource {

    private final PaymentsRepository repository;
    private final KeyedHash hash;
    private final Sealer sealer;

    public LocalLedger(PaymentsRepository repository, KeyedHash hash, Sealer sealer) {
        this.repository = repository;
        this.hash = hash;
        this.sealer = sealer;
    }

    @Override
    public Answer findPayer(CitizenIdNumber idNumber) throws SourceUnavailableException {
        Freshness freshness = freshness();
        return new Answer(open(hash.ofIdNumber(idNumber.value()).bytes()), freshness);
    }

    @Override
    public Answer findBill(String station, String billNo) throws SourceUnavailableException {
        Freshness freshness = freshness();
        Optional<byte[]> idHash = repository.payerOfBill(hash.ofBill(station, billNo).bytes());
        if (idHash.isEmpty()) {
            return new Answer(Optional.empty(), freshness);
        }
        return new Answer(open(idHash.get()).map(p -> onlyBill(p, billNo)), freshness);
    }

    static Payer onlyBill(Payer payer, String billNo) {
        List<PaymentRecord> one = payer.records().stream().filter(r -> r.billNo().equals(billNo)).toList();
        return payer.withRecords(one);
    }

    private Freshness freshness() throws SourceUnavailableException {
        LedgerInfo info = repository.ledger().orElseThrow(
                () -> new SourceUnavailableException("no payments ledger has been imported"));
        return Freshness.ledger(info.created());
    }

    private Optional<Payer> open(byte[] idHash) throws SourceUnavailableException {
        Optional<byte[]> sealed = repository.sealedPayer(idHash);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LedgerJson.parsePayer(sealer.open(sealed.get(), idHash)));
        } catch (Sealer.SealException | LedgerException e) {
            throw new SourceUnavailableException("the stored ledger cannot be read: " + e.getMessage(), e);
        }
    }
}
