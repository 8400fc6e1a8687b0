package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;

import java.time.Instant;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.kiosk.payments.lookup.Freshness;

/** How an identification ended; each case has its own message on screen. */
public sealed interface LookupOutcome {

    /** How the villager identified. */
    enum Method { CARD, NUMBER, BILL }

    record Found(Payer payer, Freshness freshness, Method method) implements LookupOutcome {
    }

    /** Identified by card or bill, but the ledger has nothing for them. */
    record NotFound(Method method) implements LookupOutcome {
    }

    /**
     * A typed number with phone digits that do not match, or a number with no records: one answer for both, so
     * the pad cannot be used to learn who is in the ledger.
     */
    record NoMatch(int attemptsLeft) implements LookupOutcome {
    }

    record Locked(Instant until) implements LookupOutcome {
    }

    record InvalidNumber(CitizenIdNumber.Problem problem) implements LookupOutcome {
    }

    record OtherStation() implements LookupOutcome {
    }

    record NotABill() implements LookupOutcome {
    }

    record Unavailable() implements LookupOutcome {
    }
}
