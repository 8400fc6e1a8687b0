package org.xiangli.kiosk.station;

import java.lang.System.Logger.Level;
import java.time.Duration;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.requests.RequestDesk;

/**
 * privacy.retention_days: errands handed over and requests answered longer ago than that lose their personal
 * fields (ID hash, sealed name, notes; phone and voice message). They stay counted in the statistics. Runs at start
 * and once a day.
 */
public final class PrivacyPurge implements Runnable {

    private static final System.Logger LOG = System.getLogger(PrivacyPurge.class.getName());

    private final ErrandDesk errands;
    private final RequestDesk requests;
    private final Duration retention;

    public PrivacyPurge(ErrandDesk errands, RequestDesk requests, Duration retention) {
        this.errands = errands;
        this.requests = requests;
        this.retention = retention;
    }

    @Override
    public void run() {
        try {
            errands.purge(retention);
            requests.purge(retention);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the privacy purge failed; it runs again tomorrow", e);
        }
    }
}
