package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.payments.LookupOutcome.Method;
import org.xiangli.kiosk.payments.lookup.Answer;
import org.xiangli.kiosk.payments.lookup.PaymentsSource;
import org.xiangli.kiosk.payments.lookup.SourceUnavailableException;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.payments.store.PaymentsRepository;

/**
 * The three ways to identify, the second factor and its lockout, and the audit line of every lookup. It hands the
 * result to the caller and keeps none of it: only the screens of the current session hold personal data.
 */
public final class PaymentsDesk {

    private static final System.Logger LOG = System.getLogger(PaymentsDesk.class.getName());

    private final PaymentsSource source;
    private final KeyedHash hash;
    private final PaymentsRepository audit;
    private final FactorLockout lockout;
    private final String station;
    private final Clock clock;

    public PaymentsDesk(PaymentsSource source, KeyedHash hash, PaymentsRepository audit, FactorLockout lockout,
            String station, Clock clock) {
        this.source = source;
        this.hash = hash;
        this.audit = audit;
        this.lockout = lockout;
        this.station = station;
        this.clock = clock;
    }

    /** A card on the reader proves possession; no second factor. */
    public LookupOutcome byCard(IdentityCard card) {
        KeyedHash.Digest who = hash.ofIdNumber(card.idNumber().value());
        return lookup(Method.CARD, who, () -> source.findPayer(card.idNumber()), false);
    }

    /** A typed number and the last four digits of the phone number on record. */
    public LookupOutcome byNumber(String typed, String phoneLast4) {
        CitizenIdNumber.Problem problem = CitizenIdNumber.check(typed);
        if (problem != CitizenIdNumber.Problem.NONE) {
            record(Method.NUMBER, null, 0, "invalid-number");
            return new LookupOutcome.InvalidNumber(problem);
        }
        CitizenIdNumber number = new CitizenIdNumber(typed);
        KeyedHash.Digest who = hash.ofIdNumber(number.value());
        Optional<java.time.Instant> locked = lockout.lockedUntil(who, clock.instant());
        if (locked.isPresent()) {
            record(Method.NUMBER, who, 0, "locked");
            return new LookupOutcome.Locked(locked.get());
        }
        LookupOutcome outcome = lookup(Method.NUMBER, who, () -> source.findPayer(number), true);
        if (outcome instanceof LookupOutcome.Found found) {
            if (MessageDigest.isEqual(found.payer().phoneLast4().getBytes(StandardCharsets.US_ASCII),
                    phoneLast4.getBytes(StandardCharsets.US_ASCII))) {
                lockout.succeeded(who);
                record(Method.NUMBER, who, found.payer().records().size(), found.freshness().live()
                        ? "found-live" : "found-ledger");
                return outcome;
            }
            outcome = new LookupOutcome.NotFound(Method.NUMBER);
        }
        if (outcome instanceof LookupOutcome.NotFound) {
            int left = lockout.failed(who, clock.instant());
            record(Method.NUMBER, who, 0, left == 0 ? "no-match-locked" : "no-match");
            return left == 0 ? new LookupOutcome.Locked(lockout.lockedUntil(who, clock.instant())
                    .orElse(clock.instant())) : new LookupOutcome.NoMatch(left);
        }
        return outcome;
    }

    /** A scanned bill QR: that bill alone, for bills of this station. */
    public LookupOutcome byBillCode(String scanned) {
        Optional<BillCode> code = BillCode.parse(scanned);
        if (code.isEmpty()) {
            record(Method.BILL, null, 0, "not-a-bill");
            return new LookupOutcome.NotABill();
        }
        if (!code.get().station().equals(station)) {
            record(Method.BILL, null, 0, "other-station");
            return new LookupOutcome.OtherStation();
        }
        return lookup(Method.BILL, null, () -> source.findBill(station, code.get().billNo()), false);
    }

    private interface Query {
        Answer run() throws SourceUnavailableException;
    }

    private LookupOutcome lookup(Method method, KeyedHash.Digest who, Query query, boolean auditLater) {
        Answer answer;
        try {
            answer = query.run();
        } catch (SourceUnavailableException e) {
            LOG.log(Level.WARNING, "payments lookup unavailable: {0}", e.getMessage());
            record(method, who, 0, "unavailable");
            return new LookupOutcome.Unavailable();
        }
        if (answer.payer().isEmpty()) {
            if (!auditLater) {
                record(method, who, 0, "not-found");
            }
            return new LookupOutcome.NotFound(method);
        }
        Payer payer = answer.payer().get();
        if (auditLater) {
            // The second factor decides first; the caller writes the audit line.
            return new LookupOutcome.Found(payer, answer.freshness(), method);
        }
        KeyedHash.Digest found = who != null ? who : hash.ofIdNumber(payer.idNumber().value());
        record(method, found, payer.records().size(), answer.freshness().live() ? "found-live" : "found-ledger");
        return new LookupOutcome.Found(payer, answer.freshness(), method);
    }

    private void record(Method method, KeyedHash.Digest who, int records, String outcome) {
        audit.audit(clock.instant(), method.name().toLowerCase(java.util.Locale.ROOT),
                who == null ? null : who.bytes(), records, outcome);
    }
}
