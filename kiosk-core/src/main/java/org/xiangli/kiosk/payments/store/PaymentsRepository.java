package org.xiangli.kiosk.payments.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/**
 * The payments tables. Everything it stores is already hashed or sealed by the caller: this class never sees a
 * plaintext ID number, name or amount.
 */
public final class PaymentsRepository {

    private static final int BATCH = 5_000;

    private final Database db;

    public PaymentsRepository(Database db) {
        this.db = db;
    }

    /** Where an import writes its rows. */
    public interface RowSink {
        void payer(byte[] idHash, byte[] sealed);

        void bill(byte[] billHash, byte[] idHash);
    }

    /** Produces an import's rows; may fail, which rolls the whole import back. */
    public interface RowSource<E extends Exception> {
        LedgerInfo writeTo(RowSink sink) throws E;
    }

    /**
     * Replaces the ledger with the rows {@code source} writes, in one transaction: a power cut or a bad part leaves
     * the previous ledger whole.
     */
    public <E extends Exception> LedgerInfo replaceLedger(RowSource<E> source) throws E {
        try {
            return db.transaction(c -> {
                Sql.update(c, "DELETE FROM payments_bill");
                Sql.update(c, "DELETE FROM payments_payer");
                Sql.update(c, "DELETE FROM payments_ledger");
                // Rows stream into JDBC batches as the source writes them: a ledger is too big to hold as a list.
                try (PreparedStatement payer = c.prepareStatement(
                        "INSERT OR REPLACE INTO payments_payer (id_hash, sealed) VALUES (?, ?)");
                     PreparedStatement bill = c.prepareStatement(
                             "INSERT OR REPLACE INTO payments_bill (bill_hash, id_hash) VALUES (?, ?)")) {
                    BatchSink sink = new BatchSink(payer, bill);
                    LedgerInfo info;
                    try {
                        info = source.writeTo(sink);
                    } catch (Exception e) {
                        throw new SourceFailure(e);
                    }
                    sink.flush();
                    Sql.update(c, "INSERT INTO payments_ledger (singleton, bundle_id, publisher, sequence, created, "
                            + "imported_at, payers, records) VALUES (1, ?, ?, ?, ?, ?, ?, ?)", info.bundleId(),
                            info.publisher(), info.sequence(), info.created().toString(),
                            info.importedAt().toString(), info.payers(), info.records());
                    return info;
                }
            });
        } catch (SourceFailure f) {
            @SuppressWarnings("unchecked")
            E cause = (E) f.getCause();
            throw cause;
        }
    }

    public Optional<LedgerInfo> ledger() {
        return db.transaction(c -> Sql.one(c, "SELECT bundle_id, publisher, sequence, created, imported_at, payers, "
                + "records FROM payments_ledger", rs -> new LedgerInfo(rs.getString(1), rs.getString(2), rs.getLong(3),
                Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5)), rs.getInt(6), rs.getInt(7))));
    }

    public Optional<byte[]> sealedPayer(byte[] idHash) {
        return db.transaction(c -> Sql.one(c, "SELECT sealed FROM payments_payer WHERE id_hash = ?",
                rs -> rs.getBytes(1), idHash));
    }

    public Optional<byte[]> payerOfBill(byte[] billHash) {
        return db.transaction(c -> Sql.one(c, "SELECT id_hash FROM payments_bill WHERE bill_hash = ?",
                rs -> rs.getBytes(1), billHash));
    }

    public void audit(Instant at, String method, byte[] idHash, int records, String outcome) {
        db.transaction(c -> Sql.update(c, "INSERT INTO payments_audit (at, method, id_hash, records, outcome) "
                + "VALUES (?, ?, ?, ?, ?)", at.toString(), method, idHash, records, outcome));
    }

    /** The latest audit entries, newest first. */
    public List<AuditEntry> audit(int limit) {
        return db.transaction(c -> Sql.list(c, "SELECT at, method, id_hash, records, outcome FROM payments_audit "
                + "ORDER BY id DESC LIMIT ?", PaymentsRepository::auditEntry, limit));
    }

    private static AuditEntry auditEntry(ResultSet rs) throws SQLException {
        byte[] hash = rs.getBytes(3);
        return new AuditEntry(Instant.parse(rs.getString(1)), rs.getString(2),
                hash == null ? "" : HexFormat.of().formatHex(hash, 0, Math.min(8, hash.length)), rs.getInt(4),
                rs.getString(5));
    }

    /** Carries a source's own exception out of the transaction, which rolls back on any RuntimeException. */
    private static final class SourceFailure extends RuntimeException {
        SourceFailure(Exception cause) {
            super(cause);
        }
    }

    private static final class BatchSink implements RowSink {
        private final PreparedStatement payer;
        private final PreparedStatement bill;
        private int pending;

        BatchSink(PreparedStatement payer, PreparedStatement bill) {
            this.payer = payer;
            this.bill = bill;
        }

        @Override
        public void payer(byte[] idHash, byte[] sealed) {
            add(payer, idHash, sealed);
        }

        @Override
        public void bill(byte[] billHash, byte[] idHash) {
            add(bill, billHash, idHash);
        }

        private void add(PreparedStatement ps, byte[] a, byte[] b) {
            try {
                ps.setBytes(1, a);
                ps.setBytes(2, b);
                ps.addBatch();
                if (++pending >= BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new org.xiangli.kiosk.store.StoreException("cannot write the payments ledger: "
                        + e.getMessage(), e);
            }
        }

        void flush() throws SQLException {
            payer.executeBatch();
            bill.executeBatch();
            pending = 0;
        }
    }
}
