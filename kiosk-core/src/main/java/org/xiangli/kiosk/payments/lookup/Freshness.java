package org.xiangli.kiosk.payments.lookup;

import java.time.Instant;

/**
 * Where an answer came from and how old its data is. A ledger answer says "information as of M/D"; when it stood in
 * for a live service that failed, the screen says so too ("网络未连接"), and only then: a kiosk with no live service
 * configured is not offline.
 */
public record Freshness(boolean live, Instant asOf, boolean liveFailed) {

    public static Freshness live(Instant asOf) {
        return new Freshness(true, asOf, false);
    }

    public static Freshness ledger(Instant asOf) {
        return new Freshness(false, asOf, false);
    }

    /** This ledger answer, given because the live service could not answer. */
    public Freshness standingInForLive() {
        return new Freshness(live, asOf, !live);
    }
}
