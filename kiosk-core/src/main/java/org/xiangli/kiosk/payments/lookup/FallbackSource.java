package org.xiangli.kiosk.payments.lookup;

import java.lang.System.Logger.Level;
import org.xiangli.hal.card.CitizenIdNumber;

/**
 * The live service first; when it cannot answer, the imported ledger, whose answer says how old it is. A
 * villager never waits longer than the live service's timeout.
 */
public final class FallbackSource implements PaymentsSource {

    private static final System.Logger LOG = System.getLogger(FallbackSource.class.getName());

    private final PaymentsSource live;
    private final PaymentsSource local;

    public FallbackSource(PaymentsSource live, PaymentsSource local) {
        this.live = live;
        this.local = local;
    }

    @Override
    public Answer findPayer(CitizenIdNumber idNumber) throws SourceUnavailableException {
        try {
            return live.findPayer(idNumber);
        } catch (SourceUnavailableException e) {
            LOG.log(Level.WARNING, "live payments lookup failed, answering from the ledger: {0}", e.getMessage());
            return standingIn(local.findPayer(idNumber));
        }
    }

    @Override
    public Answer findBill(String station, String billNo) throws SourceUnavailableException {
        try {
            return live.findBill(station, billNo);
        } catch (SourceUnavailableException e) {
            LOG.log(Level.WARNING, "live bill lookup failed, answering from the ledger: {0}", e.getMessage());
            return standingIn(local.findBill(station, billNo));
        }
    }

    private static Answer standingIn(Answer answer) {
        return new Answer(answer.payer(), answer.freshness().standingInForLive());
    }
}
