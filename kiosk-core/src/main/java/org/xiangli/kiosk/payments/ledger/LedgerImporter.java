package org.xiangli.kiosk.payments.ledger;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.model.PaymentRecord;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.LedgerInfo;
import org.xiangli.kiosk.payments.store.PaymentsRepository;
import org.xiangli.kiosk.payments.store.Sealer;

/**
 * Imports a signed ledger bundle for this station: verify the signature and, streaming, every part's hash; then
 * parse the payers one by one, hash every ID and bill number and seal every payer as it is written, in batches
 * inside one transaction. Only the payer being written is in memory, so a ledger of any size imports in a small
 * heap.
 */
public final class LedgerImporter {

    private static final System.Logger LOG = System.getLogger(LedgerImporter.class.getName());

    private final PaymentsRepository repository;
    private final KeyedHash hash;
    private final Sealer sealer;
    private final TrustedKeys trusted;
    private final String station;
    private final Clock clock;

    public LedgerImporter(PaymentsRepository repository, KeyedHash hash, Sealer sealer, TrustedKeys trusted,
            String station, Clock clock) {
        this.repository = repository;
        this.hash = hash;
        this.sealer = sealer;
        this.trusted = trusted;
        this.station = station;
        this.clock = clock;
    }

    public LedgerInfo importFile(Path file) throws LedgerException {
        LedgerBundle bundle = LedgerBundle.read(file, trusted);
        LedgerBundle.Header h = bundle.header();
        if (!h.station().equals(station)) {
            throw new LedgerException(file.getFileName() + " is the ledger of station " + h.station()
                    + ", not of this station (" + station + ")");
        }
        // The sequence belongs to the station's ledger, not to a key: a ledger signed by another trusted key (a
        // second county office, a new key after a rotation) with an equal or lower sequence is a rollback or a
        // replay all the same.
        Optional<LedgerInfo> current = repository.ledger();
        if (current.isPresent() && h.sequence() <= current.get().sequence()) {
            throw new LedgerException(file.getFileName() + ": sequence " + h.sequence() + " is not newer than the "
                    + "ledger in use (sequence " + current.get().sequence() + " from " + current.get().publisher()
                    + "); a rollback or replay is refused whichever key signed it");
        }
        // Every part against the signed manifest first, streaming: nothing is applied from a damaged file.
        bundle.verifyParts();
        LedgerInfo info = repository.replaceLedger(sink -> {
            int[] records = {0};
            int payers = bundle.forEachPayer(payer -> {
                byte[] idHash = hash.ofIdNumber(payer.idNumber().value()).bytes();
                sink.payer(idHash, sealer.seal(LedgerJson.toJson(payer), idHash));
                for (PaymentRecord r : payer.records()) {
                    sink.bill(hash.ofBill(station, r.billNo()).bytes(), idHash);
                }
                records[0] += payer.records().size();
            });
            return new LedgerInfo(h.bundleId(), h.publisher(), h.sequence(), h.created(), clock.instant(),
                    payers, records[0]);
        });
        LOG.log(Level.INFO, "payments ledger {0} imported: {1} payers, {2} records", info.bundleId(),
                info.payers(), info.records());
        return info;
    }
}
